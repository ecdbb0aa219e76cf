using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TradeApi.Extraction;
using TradeApi.Infrastructure;

namespace TradeApi.Countries;

/// A country of ISO 3166-1 with the names the extractor recognises for it.
public sealed record CountryView(string Iso3, string Iso2, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms);

public static class CountriesEndpoints
{
    public static IEndpointRouteBuilder MapCountriesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/countries").WithTags("Countries")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List).WithName("ListCountries").Produces<Page<CountryView>>(200, "application/json", "text/csv")
            .WithSummary("List countries")
            .WithDescription("Every ISO 3166-1 country from data/countries.tsv, the gazetteer the extractor uses, ordered by alpha-3 code. `q` filters by a case-insensitive substring of the code, name or an alias.");
        group.MapGet("/{code}", Get).WithName("GetCountry")
            .WithSummary("Get one country")
            .WithDescription("Accepts alpha-2 (`BY`), alpha-3 (`BLR`), the English name, an alias (`UAE`, `Britain`) or a demonym (`Belarusian`), case-insensitively.");
        return app;
    }

    public static CountryView View(Country c) => new(c.Iso3, c.Iso2, c.Name, c.Aliases, c.Demonyms);

    private static Results<Ok<Page<CountryView>>, CsvResult, ProblemHttpResult> List(
        HttpRequest request,
        [Description("Case-insensitive substring of the code, name or an alias.")] string? q,
        [Description("Rows per page, 1 to 1000 (default 100).")] int? limit,
        [Description("Opaque cursor from the previous page's nextCursor.")] string? cursor,
        [Description("json (default) or csv; Accept: text/csv works too.")] string? format)
    {
        if (Paging.ValidateList(format, limit, cursor, out var take, out var after) is { } problem) return Problems.BadRequest(problem);
        if (q is { Length: > 100 }) return Problems.BadRequest("q is at most 100 characters");
        var rows = Gazetteer.Default.Countries
            .Where(c => q is null || c.Iso3.Contains(q, StringComparison.OrdinalIgnoreCase) || c.Iso2.Contains(q, StringComparison.OrdinalIgnoreCase)
                || c.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || c.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase)))
            .Where(c => after is null || string.CompareOrdinal(c.Iso3, after) > 0)
            .Take(take + 1).Select(View).ToList();
        return Paging.Respond(request, format, Paging.Make(rows, take, c => c.Iso3), ["iso3", "iso2", "name", "aliases", "demonyms"],
            c => [c.Iso3, c.Iso2, c.Name, string.Join('|', c.Aliases), string.Join('|', c.Demonyms)]);
    }

    private static Results<Ok<CountryView>, ProblemHttpResult> Get([Description("Alpha-2, alpha-3, English name, alias or demonym.")] string code) =>
        Gazetteer.Default.Resolve(code) is { } c
            ? TypedResults.Ok(View(c))
            : Problems.NotFound($"unknown country '{Truncate(code)}'; use ISO 3166-1 alpha-2 (BY) or alpha-3 (BLR), or an English name (Belarus)");

    public static string Truncate(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
