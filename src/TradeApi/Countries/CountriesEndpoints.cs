using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Extraction;
using TradeApi.Infrastructure;

namespace TradeApi.Countries;

/// A country of ISO 3166-1 with the names the extractor recognises for it.
public sealed record CountryView(
    [property: Description("ISO 3166-1 alpha-3 code.")] string Iso3,
    [property: Description("ISO 3166-1 alpha-2 code.")] string Iso2,
    [property: Description("UN M49 numeric code, as UN Comtrade and the IMF use it.")] int? M49,
    string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms);

/// Query of the countries list.
public sealed record CountriesQuery : PageQuery
{
    [Description("Case-insensitive substring of the code, name or an alias.")]
    [MaxLength(100, ErrorMessage = "is at most 100 characters")]
    public string? Q { get; init; }

    [Description("iso3 (default) or name; a leading '-' sorts descending (-name).")]
    [OneOf(nameof(Vocabulary.CountrySorts))]
    public string? Sort { get; init; }
}

/// Query of a country's partners.
public sealed record PartnersQuery : FormatQuery
{
    [Description("The year to rank (1900-2100); default the latest year with an official figure for the country.")]
    [Year]
    public int? Year { get; init; }
}

public static class CountriesEndpoints
{
    public static IEndpointRouteBuilder MapCountriesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/countries").WithTags("Countries")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List).WithName("ListCountries").WithExamples(CountriesExamples.ListCountries).Produces<Page<CountryView>>(200, "application/json", "text/csv")
            .WithSummary("List countries")
            .WithDescription("Every ISO 3166-1 country from data/countries.tsv, the gazetteer the extractor uses, ordered by alpha-3 code (or by `sort`). `q` filters by a case-insensitive substring of the code, name or an alias.");
        group.MapGet("/{code}/partners", ListPartners).WithName("ListCountryPartners").WithExamples(CountriesExamples.ListCountryPartners).Produces<CountryPartners>(200, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Rank a country's trading partners")
            .WithDescription("Every partner with an official figure for the year, ranked by exports plus imports (US dollars): its share of the country's total with all of them, the balance (exports - imports) and the growth from the year before. The country's own figures where it reported, else the partner's mirror figures (`reportedBy`). Stated figures are not counted: they are claims (see /api/v1/check).");
        group.MapGet("/{code}", Get).WithName("GetCountry").WithExamples(CountriesExamples.GetCountry)
            .WithSummary("Get one country")
            .WithDescription("Accepts alpha-2 (`BY`), alpha-3 (`BLR`), the UN M49 number (`112`), the English name, an alias (`UAE`, `Britain`), a demonym (`Belarusian`) or an IMF name form (`Korea, Rep. of`), case-insensitively.");
        return app;
    }

    public static CountryView View(Country c) => new(c.Iso3, c.Iso2, c.M49.Count > 0 ? c.M49[0] : null, c.Name, c.Aliases, c.Demonyms);

    internal static readonly string[] CsvHeader = ["iso3", "iso2", "m49", "name", "aliases", "demonyms"];

    internal static IReadOnlyList<object?> CsvRow(CountryView c) => [c.Iso3, c.Iso2, c.M49, c.Name, string.Join('|', c.Aliases), string.Join('|', c.Demonyms)];

    private static Results<Ok<Page<CountryView>>, CsvResult, ProblemHttpResult> List(HttpRequest request, [AsParameters] CountriesQuery query)
    {
        if (!Paging.TryDecode(query.Cursor, out var after)) return Paging.BadCursor();
        var sort = Vocabulary.Canonical(Vocabulary.CountrySorts, query.Sort) ?? "iso3";
        IEnumerable<Country> matching = Gazetteer.Default.Countries
            .Where(c => query.Q is not { } q || c.Iso3.Contains(q, StringComparison.OrdinalIgnoreCase) || c.Iso2.Contains(q, StringComparison.OrdinalIgnoreCase)
                || c.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || c.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)));
        Func<Country, string> key = sort.TrimStart('-') == "name" ? c => Folded(c.Name) + "\u0001" + c.Iso3 : c => c.Iso3;
        var ordered = sort.StartsWith('-') ? matching.OrderByDescending(key, StringComparer.Ordinal) : matching.OrderBy(key, StringComparer.Ordinal);
        var all = ordered.ToList();
        var start = after is null ? 0 : all.FindIndex(c => key(c) == after) + 1;
        if (after is not null && start == 0) return Paging.BadCursor();
        var take = Paging.Whole(request, query.Limit) ? Paging.Everything : query.Limit ?? Paging.DefaultLimit;
        var rows = all.Skip(start).Take(take + 1).ToList();
        var page = Paging.Make(rows, take, key) with { Total = query.Count == true ? all.Count : null };
        return Paging.Respond(request, Paging.Map(page, View), CsvHeader, CsvRow);
    }

    private static Results<Ok<CountryView>, ProblemHttpResult> Get([Description("Alpha-2, alpha-3, M49 number, English name, alias or demonym.")] string code) =>
        Gazetteer.Default.Resolve(code) is { } c
            ? TypedResults.Ok(View(c))
            : Problems.Of(Problems.UnknownCountry, $"unknown country '{Text.Truncate(code)}'; {CountryAttribute.Accepted}");

    internal static readonly string[] PartnersCsvHeader =
        ["year", "rank", "partner", "partnerName", "pair", "total", "sharePercent", "exports", "imports", "balance", "growthPercent", "reportedBy", "targets"];

    internal static IEnumerable<IReadOnlyList<object?>> PartnersCsvRows(CountryPartners p) =>
        p.Items.Select((x, i) => (IReadOnlyList<object?>)[p.Year, i + 1, x.Country.Iso3, x.Country.Name, x.Pair, x.Total, x.SharePercent, x.Exports, x.Imports,
            x.Balance, x.GrowthPercent, x.ReportedBy, x.Targets]);

    private static async Task<Results<Ok<CountryPartners>, CsvResult, ProblemHttpResult>> ListPartners(HttpRequest request, Storage.Db db,
        [Description("Alpha-2, alpha-3, M49 number, English name, alias or demonym.")] string code, [AsParameters] PartnersQuery query, CancellationToken ct)
    {
        if (Gazetteer.Default.Resolve(code) is not { } country)
            return Problems.Of(Problems.UnknownCountry, $"unknown country '{Text.Truncate(code)}'; {CountryAttribute.Accepted}");
        var partners = await db.ReadAsync(c => Partners.Of(c, country, query.Year), ct);
        return CsvResult.Wanted(request) ? new CsvResult(PartnersCsvHeader, PartnersCsvRows(partners)) : TypedResults.Ok(partners);
    }

    // "Åland Islands" sorts with the A's, "Côte d'Ivoire" with the C's.
    private static string Folded(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(ch => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray())
            .ToUpperInvariant();
}
