using System.Data.Common;
using System.Globalization;
using Dapper;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Rates;

// Exchange rates as data: a CSV of currency,year,unitsPerUsd read whole, checked row by row, and written in one transaction or not at
// all. A currency and year given again replaces the rate held for them.
public sealed class RatesStore(Db db, Upkeep upkeep)
{
    public sealed record Result(int Rows, int Currencies, IReadOnlyList<Official.RowError> Errors, int ErrorCount);

    /// <summary>Largest body read: the Federal Reserve's 34 currencies over 55 years are 40 KB.</summary>
    public const long MaxBodyBytes = 16L * 1024 * 1024;

    public const string Layout = "currency,year,unitsPerUsd (ISO 4217 code, year, units of the currency per US dollar)";

    private const string UpsertSql = """
        INSERT INTO rates (currency, year, units_per_usd, source) VALUES (@Currency, @Year, @UnitsPerUsd, @Source)
        ON CONFLICT (currency, year) DO UPDATE SET units_per_usd = excluded.units_per_usd, source = excluded.source
        """;

    public async Task<Result> ImportAsync(TextReader text, string? source, CancellationToken ct = default)
    {
        var errors = new Official.RowErrors();
        var rows = new Dictionary<(string, int), Rate>();
        var header = await text.ReadLineAsync(ct);
        var cols = header is null ? [] : CsvResult.Split(header).Select(h => h.Trim().Trim('\uFEFF')).ToList();
        int Col(string name) => cols.FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        int currencyAt = Col("currency"), yearAt = Col("year"), rateAt = Col("unitsPerUsd");
        if (currencyAt < 0 || yearAt < 0 || rateAt < 0)
        {
            errors.Add(1, header is null ? $"the file is empty; expected a header {Layout}" : $"the header lacks a column; expected {Layout}");
            return new Result(0, 0, errors.Listed, errors.Count);
        }
        var line = 1;
        while (await text.ReadLineAsync(ct) is { } raw)
        {
            line++;
            if (raw.Length > 10_000) { errors.Add(line, "the line is longer than 10,000 characters"); continue; }
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var f = CsvResult.Split(raw);
            string Field(int i) => i < f.Count ? f[i].Trim() : "";
            var problems = new List<string>();
            var currency = Field(currencyAt).ToUpperInvariant();
            if (!RateTable.IsCode(currency)) problems.Add($"currency '{Text.Truncate(Field(currencyAt))}' is not an ISO 4217 code (three letters)");
            else if (currency == RateTable.Usd) problems.Add("USD needs no rate (it is 1 by definition)");
            if (!int.TryParse(Field(yearAt), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < YearAttribute.First || year > YearAttribute.Last)
                problems.Add($"year '{Text.Truncate(Field(yearAt))}' is not a year between {YearAttribute.First} and {YearAttribute.Last}");
            if (!decimal.TryParse(Field(rateAt), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var rate)
                || rate < RateTable.MinRate || rate >= RateTable.MaxRate)
                problems.Add($"unitsPerUsd '{Text.Truncate(Field(rateAt))}' is not a number from 0.000001 to below 10^12");
            else if (problems.Count == 0 && rows.ContainsKey((currency, year)))
                problems.Add($"{currency} {year} is given twice");
            if (problems.Count > 0) errors.Add(line, string.Join("; ", problems));
            else rows[(currency, year)] = new Rate(currency, year, rate, source);
        }
        if (errors.Count == 0 && rows.Count == 0) errors.Add(line, $"no rates in the file; expected rows of {Layout}");
        if (errors.Count > 0) return new Result(0, 0, errors.Listed, errors.Count);
        await db.WriteAsync((c, tx) =>
        {
            c.Execute(UpsertSql, rows.Values, tx);
            upkeep.RatesChanged(c, tx);
            return 0;
        }, ct);
        return new Result(rows.Count, rows.Keys.Select(k => k.Item1).Distinct().Count(), [], 0);
    }


    private const string AllSql = "SELECT currency AS Currency, year AS Year, units_per_usd AS UnitsPerUsd, source AS Source FROM rates ORDER BY currency, year";

    /// Every rate held, for converting (a few thousand rows at most: one per currency and year).
    public static RateTable Table(DbConnection c, DbTransaction? tx = null)
    {
        if (tx is not null) return new(c.Query<Row>(AllSql, transaction: tx).Select(r => r.ToRate()));
        // Read once per database and data version (every write, a rates import too, bumps it): a check or a pair view then costs one
        // single-row read for its rates instead of every rate held.
        var key = c.ConnectionString + "\n" + DataVersion.Read(c);
        var cached = _cached;
        if (cached?.Key == key) return cached.Table;
        var table = new RateTable(c.Query<Row>(AllSql).Select(r => r.ToRate()));
        _cached = new CachedTable(key, table);
        return table;
    }

    private sealed record CachedTable(string Key, RateTable Table);

    private static CachedTable? _cached;

    private const string PageSelect = "SELECT currency AS Currency, year AS Year, units_per_usd AS UnitsPerUsd, source AS Source FROM rates WHERE 1 = 1";

    /// One page in (currency, year) order after the cursor's key ("NZD|2019"). Each filter given adds a plain comparison on the key, a
    /// currency list one parameter per code (no driver-specific list syntax).
    public static List<Rate> Page(DbConnection c, IReadOnlyList<string> currencies, int? from, int? to, (string Currency, int Year)? after, int take)
    {
        var sql = new System.Text.StringBuilder(PageSelect);
        var args = new DynamicParameters();
        if (currencies.Count > 0)
        {
            sql.Append(" AND currency IN (");
            for (var i = 0; i < currencies.Count; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append("@c").Append(i.ToString(CultureInfo.InvariantCulture));
                args.Add("c" + i.ToString(CultureInfo.InvariantCulture), currencies[i]);
            }
            sql.Append(')');
        }
        if (from is not null) { sql.Append(" AND year >= @from"); args.Add("from", from.Value); }
        if (to is not null) { sql.Append(" AND year <= @to"); args.Add("to", to.Value); }
        if (after is { } a)
        {
            sql.Append(" AND (currency > @afterCurrency OR (currency = @afterCurrency AND year > @afterYear))");
            args.Add("afterCurrency", a.Currency);
            args.Add("afterYear", a.Year);
        }
        sql.Append(" ORDER BY currency, year LIMIT @take");
        args.Add("take", take);
        return c.Query<Row>(sql.ToString(), args).Select(r => r.ToRate()).ToList();
    }

    private const string CountSql = "SELECT COUNT(*) AS Rows, COUNT(DISTINCT currency) AS Currencies, MIN(year) AS FirstYear, MAX(year) AS LastYear FROM rates";

    public sealed class Coverage
    {
        public long Rows { get; init; }
        public long Currencies { get; init; }
        public long? FirstYear { get; init; }
        public long? LastYear { get; init; }
    }

    private sealed class Row
    {
        public string Currency { get; init; } = "";
        public long Year { get; init; }
        public decimal UnitsPerUsd { get; init; }
        public string? Source { get; init; }

        public Rate ToRate() => new(Currency, (int)Year, UnitsPerUsd, Source);
    }

    public static Coverage Covered(DbConnection c) => c.QuerySingle<Coverage>(CountSql);
}
