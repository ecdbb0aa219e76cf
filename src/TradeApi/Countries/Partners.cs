using System.ComponentModel;
using System.Data.Common;
using Dapper;
using TradeApi.Infrastructure;
using TradeApi.Official;

namespace TradeApi.Countries;

/// One trading partner of a country in a year, from the official figures.
public sealed record Partner(
    CountryView Country,
    [property: Description("The pair's key, for /api/v1/pairs/{pair}.")] string Pair,
    [property: Description("US dollars: exports plus imports of the country with this partner.")] decimal Total,
    [property: Description("This partner's part of the country's total with all partners listed, in percent, two decimals.")] decimal? SharePercent,
    [property: Description("US dollars: the country's exports to the partner (its own figure, else the partner's imports from it).")] decimal? Exports,
    [property: Description("US dollars: the country's imports from the partner (its own figure, else the partner's exports to it).")] decimal? Imports,
    [property: Description("US dollars: exports minus imports; null when either is missing.")] decimal? Balance,
    [property: Description("Change of the total from the year before, in percent, one decimal; null without a figure for that year.")] decimal? GrowthPercent,
    [property: Description("own (the country reported both flows), mirror (the partner's figures stand in for both) or mixed.")] string ReportedBy,
    [property: Description("Stated targets of the pair.")] int Targets);

/// A country's partners ranked by their trade with it in one year.
public sealed record CountryPartners(
    CountryView Country,
    [property: Description("The year ranked: the one asked for, else the latest year with an official figure for the country.")] int? Year,
    [property: Description("US dollars: the country's total with every partner listed.")] decimal Total,
    IReadOnlyList<Partner> Items);

// The country page's numbers: official figures only (stated ones are claims, judged elsewhere), each partner's exports and imports
// from the country's side by the one rule (OfficialFigures.Series: its own figure, else the partner's mirror), ranked by their sum.
public static class Partners
{
    private const string LatestYearSql = "SELECT year FROM official_figures WHERE reporter = @country OR partner = @country ORDER BY year DESC LIMIT 1";
    // The country's pairs that have official figures, from the pair summary (a key is "AAA-BBB" in code order).
    private const string PairsSql = """
        SELECT pair_key AS Key, targets AS Targets FROM pair_summary
        WHERE official > 0 AND (pair_key LIKE @first OR pair_key LIKE @second) ORDER BY pair_key
        """;

    public static CountryPartners Of(DbConnection c, Extraction.Country country, int? year)
    {
        var view = CountriesEndpoints.View(country);
        var y = year ?? c.ExecuteScalar<int?>(LatestYearSql, new { country = country.Iso3 });
        if (y is not { } at) return new CountryPartners(view, null, 0, []);
        var rows = new List<(CountryView Other, string Key, decimal Total, decimal? Exports, decimal? Imports, decimal? Before, string By, int Targets)>();
        foreach (var pair in c.Query<PairRow>(PairsSql, new { first = country.Iso3 + "-%", second = "%-" + country.Iso3 }))
        {
            var otherCode = pair.Key.StartsWith(country.Iso3 + "-", StringComparison.Ordinal) ? pair.Key[(country.Iso3.Length + 1)..] : pair.Key[..^(country.Iso3.Length + 1)];
            if (Extraction.Gazetteer.Default.Resolve(otherCode) is not { } otherCountry) continue;
            var other = CountriesEndpoints.View(otherCountry);
            var figures = OfficialFigures.ByPair(c, pair.Key, at - 1, at);
            var exports = OfficialFigures.Series(figures, country.Iso3, other.Iso3, Extraction.Flows.Exports);
            var imports = OfficialFigures.Series(figures, country.Iso3, other.Iso3, Extraction.Flows.Imports);
            decimal? In(List<(int Year, decimal Value, string ReportedBy)> s, int when) => s.Where(x => x.Year == when).Select(x => (decimal?)x.Value).FirstOrDefault();
            var (x, m) = (In(exports, at), In(imports, at));
            if (x is null && m is null) continue;
            var before = In(exports, at - 1) is { } bx && In(imports, at - 1) is { } bm ? bx + bm : (decimal?)null;
            var by = new[] { exports, imports }.SelectMany(s => s.Where(v => v.Year == at)).Select(v => v.ReportedBy == country.Iso3 ? "own" : "mirror").Distinct().ToList();
            rows.Add((other, pair.Key, (x ?? 0) + (m ?? 0), x, m, before, by.Count == 1 ? by[0] : "mixed", (int)pair.Targets));
        }
        var total = rows.Sum(r => r.Total);
        var items = rows.OrderByDescending(r => r.Total).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new Partner(
            r.Other, r.Key, r.Total, Amounts.Ratio(r.Total, total, 2, 100), r.Exports, r.Imports,
            r.Exports is { } e && r.Imports is { } i ? e - i : null,
            r.Before is { } b && r.Exports is not null && r.Imports is not null ? Amounts.Ratio(r.Total - b, b, 1, 100) : null,
            r.By, r.Targets)).ToList();
        return new CountryPartners(view, at, total, items);
    }

    private sealed class PairRow
    {
        public string Key { get; set; } = "";
        public long Targets { get; set; }
    }
}
