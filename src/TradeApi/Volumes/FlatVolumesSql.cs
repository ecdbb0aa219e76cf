using System.Data.Common;
using System.Globalization;
using System.Text;
using TradeApi.Extraction;
using TradeApi.Official;
using TradeApi.Pairs;
using TradeApi.Storage;

namespace TradeApi.Volumes;

// The flat list's two queries, built per filter set from constant SQL pieces: every filter an index seek, values as parameters.
public static partial class FlatVolumes
{
    private const string OfficialSelect = "SELECT year, reporter, partner, dataset, flow, value FROM official_figures";
    private const string OfficialOrder = " ORDER BY year, reporter, partner, dataset, flow";
    private const string OfficialOrderDescending = " ORDER BY year DESC, reporter DESC, partner DESC, dataset DESC, flow DESC";

    /// The SQL for the official rows of one filter set (exposed for the query-plan test). Totals are added while reading, so a page
    /// needs an unknown number of rows: they are read in chunks of `limit`, each resuming after the last row read (`resume`), until the
    /// page is full. (A query without a LIMIT cost nothing in SQLite, which stops where the reader stops, but PostgreSQL sends the
    /// whole result: every 20,000-row chunk of the streamed CSV read the rest of the table.) The year order is (year, reporter, partner,
    /// dataset, flow), the order of ix_official_year.
    public static (string Sql, Dictionary<string, object?> Args) OfficialSql(SqlDialect dialect, VolumeFilter f, FlatCursor? after,
        OfficialFigure? resume = null, int limit = 0)
    {
        var args = new Dictionary<string, object?>();
        var terms = new List<string>();
        void And(string term, string name, object? value)
        {
            terms.Add(term);
            args[name] = value;
        }
        // With a side given the key (pair, year) is the way in, named, so the planner (without statistics) never reads a whole year of
        // every pair through the year index instead. Without a side, the year index is.
        var sided = f.Reporters.Count > 0 || f.Partners.Count > 0 || f.Countries.Count > 0;
        if (f.Year is { } y) And("year = @year", "@year", y);
        if (f.From is { } from) And("year >= @from", "@from", from);
        if (f.To is { } to) And("year <= @to", "@to", to);
        if (f.Flow is "exports" or "imports") And("flow = @flow", "@flow", f.Flow);
        if (after is { Stated: false } a)
        {
            // From the group of the last row on (its total comes after its imports, or before them descending); the plain year bound
            // lets the index seek.
            terms.Add(f.Descending
                ? "year <= @ay AND (year, reporter, partner, dataset) <= (@ay, @ar, @ap, @ad)"
                : "year >= @ay AND (year, reporter, partner, dataset) >= (@ay, @ar, @ap, @ad)");
            args["@ay"] = a.Year; args["@ar"] = a.Reporter; args["@ap"] = a.Partner; args["@ad"] = a.Dataset;
        }
        // After a stated row: ascending, the year's official rows are behind; descending, they are still to come.
        else if (after is { Stated: true } s) And(f.Descending ? "year <= @ay" : "year > @ay", "@ay", s.Year);
        if (resume is { } z)
        {
            terms.Add(f.Descending
                ? "year <= @ry AND (year, reporter, partner, dataset, flow) < (@ry, @rr, @rp, @rd, @rf)"
                : "year >= @ry AND (year, reporter, partner, dataset, flow) > (@ry, @rr, @rp, @rd, @rf)");
            args["@ry"] = z.Year; args["@rr"] = z.Reporter; args["@rp"] = z.Partner; args["@rd"] = z.Dataset; args["@rf"] = z.Flow;
        }
        // Sides: reporters and partners (the pairs between them), reporters or partners alone, or either side, each through the pairs
        // they can be in.
        if (f.Reporters.Count > 0 && f.Partners.Count > 0) terms.Add($"pair_key IN ({SqlLists.PairsOf(f.Reporters, args, f.Partners)})");
        else if (f.Reporters.Count > 0) terms.Add($"pair_key IN ({SqlLists.PairsOf(f.Reporters, args)})");
        else if (f.Partners.Count > 0) terms.Add($"pair_key IN ({SqlLists.PairsOf(f.Partners, args)})");
        else if (f.Countries.Count > 0) terms.Add($"pair_key IN ({SqlLists.PairsOf(f.Countries, args)})");
        if (f.Reporters.Count > 0) terms.Add($"reporter IN ({SqlLists.In("@r", f.Reporters, args)})");
        if (f.Partners.Count > 0) terms.Add($"partner IN ({SqlLists.In("@p", f.Partners, args)})");
        if (f.Countries.Count > 0 && (f.Reporters.Count > 0 || f.Partners.Count > 0))
        {
            var list = SqlLists.In("@c", f.Countries, args);
            terms.Add($"(reporter IN ({list}) OR partner IN ({list}))");
        }
        var where = terms.Count > 0 ? " WHERE " + string.Join(" AND ", terms) : "";
        var limited = limit > 0 ? " LIMIT @limit" : "";
        if (limit > 0) args["@limit"] = limit;
        return (string.Concat(OfficialSelect, dialect.IndexedBy(sided ? "sqlite_autoindex_official_figures_1" : "ix_official_year"), where,
            f.Descending ? OfficialOrderDescending : OfficialOrder, limited), args);
    }

    // With reporters or partners given, countries only narrow further: one side must be one of them.
    private static string CountryTerm(VolumeFilter f, Dictionary<string, object?> args)
    {
        if (f.Countries.Count == 0) return "";
        var list = SqlLists.In("@c", f.Countries, args);
        return string.Concat(" AND (reporter IN (", list, ") OR partner IN (", list, "))");
    }

    public static (string Sql, Dictionary<string, object?> Args) StatedSql(VolumeFilter f, FlatCursor? after, int take)
    {
        var args = new Dictionary<string, object?> { ["@take"] = take };
        var rest = new StringBuilder();
        void And(string term, string name, object? value)
        {
            rest.Append(" AND ").Append(term);
            args[name] = value;
        }
        if (f.Year is { } y) And("year = @year", "@year", y);
        if (f.From is { } from) And("year >= @from", "@from", from);
        if (f.To is { } to) And("year <= @to", "@to", to);
        if (f.Flow is { } flow) And("flow = @flow", "@flow", flow);
        if (f.Currency is { } currency) And("currency = @currency", "@currency", currency);
        foreach (var term in Infrastructure.ReviewFilter.SqlTerms("", f.Reviews, f.MinConfidence, args)) rest.Append(" AND ").Append(term);
        if (after is { Stated: true } s)
        {
            rest.Append(f.Descending ? " AND year <= @ay AND (year, id) < (@ay, @aid)" : " AND year >= @ay AND (year, id) > (@ay, @aid)");
            args["@ay"] = s.Year; args["@aid"] = s.Id;
        }
        // After an official row: ascending, the year's stated rows are still to come; descending, they are behind.
        else if (after is { Stated: false } o) And(f.Descending ? "year < @ay" : "year >= @ay", "@ay", o.Year);

        const string select = "SELECT year, id, pair_key, reporter, partner, flow, value, currency, qualifier, document_id, quote, span_start, span_end, confidence, review, restated_value, restated_currency FROM volumes WHERE ";
        var order = f.Descending ? " ORDER BY year DESC, id DESC LIMIT @take" : " ORDER BY year, id LIMIT @take";
        string sql;
        if (f.Reporters.Count > 0 && f.Partners.Count > 0)
            sql = string.Concat(select, "pair_key IN (", SqlLists.PairsOf(f.Reporters, args, f.Partners), ") AND reporter IN (", SqlLists.In("@r", f.Reporters, args), ") AND partner IN (",
                SqlLists.In("@p", f.Partners, args), ")", CountryTerm(f, args), rest.ToString(), order);
        else if (f.Reporters.Count > 0)
            sql = string.Concat(select, "reporter IN (", SqlLists.In("@r", f.Reporters, args), ")", CountryTerm(f, args), rest.ToString(), order);
        else if (f.Partners.Count > 0)
            sql = string.Concat(select, "partner IN (", SqlLists.In("@p", f.Partners, args), ")", CountryTerm(f, args), rest.ToString(), order);
        else if (f.Countries.Count > 0)
        {
            // Either side: the rows with a reporter of the list, then those with only the partner in it (a row between two listed
            // countries is read once).
            var list = SqlLists.In("@c", f.Countries, args);
            sql = string.Concat(select, "reporter IN (", list, ")", rest.ToString(), " UNION ALL ", select, "partner IN (", list, ") AND reporter NOT IN (", list, ")",
                rest.ToString(), order);
        }
        else sql = string.Concat(select, rest.Length > 0 ? rest.ToString(5, rest.Length - 5) : "1 = 1", order);
        return (sql, args);
    }
}
