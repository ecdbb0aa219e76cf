using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Extraction;
using TradeApi.Infrastructure;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Pairs;

// What the pair routes take and answer: the query records, the page and series shapes, and the pair named in the path.
/// A page of a pair's yearly figures, filtered.
public sealed record PairVolumes([property: Description("Canonical pair key.")] string Pair, IReadOnlyList<VolumeRow> Items,
    [property: Description("The page size used.")] int Limit,
    [property: Description("Cursor of the next page; null on the last page.")] string? NextCursor, bool HasMore);

/// Mirror statistics of a pair: each side's figure for a flow beside its partner's figure for the same goods.
public sealed record PairMirror([property: Description("Canonical pair key.")] string Pair, [property: Description("exports or imports.")] [property: OneOf(nameof(Vocabulary.MirrorFlows))] string Flow,
    IReadOnlyList<Official.MirrorYear> Items);

/// A page of a pair's stated targets, each judged against the figures.
public sealed record PairTargets([property: Description("Canonical pair key.")] string Pair, IReadOnlyList<TargetView> Items,
    [property: Description("The page size used.")] int Limit,
    [property: Description("Cursor of the next page; null on the last page.")] string? NextCursor, bool HasMore);

/// Keyset paging of a pair's views: the same limit and cursor as the flat lists, declared once for both.
public sealed record PairPage
{
    [Description("Rows per page, 1 to 1000 (default 100). CSV without a limit is every matching row in one answer.")]
    [System.ComponentModel.DataAnnotations.Range(1, Paging.MaxLimit, ErrorMessage = "must be between 1 and 1000")]
    public int? Limit { get; init; }

    [Description("Opaque cursor from the previous page's nextCursor (or its Link header, rel=\"next\"); omit it for the first page.")]
    [System.ComponentModel.DataAnnotations.MaxLength(400, ErrorMessage = "is not a cursor this API issued")]
    public string? Cursor { get; init; }
}

/// One point of a series.
public sealed record SeriesPoint(
    int Year,
    decimal Value,
    [property: Description("For stated points, how the text qualified the figure; null for official ones.")] [property: OneOf("Qualifiers")] string? Qualifier,
    [property: Description("For stated points, the document the figure is from; for official ones, null.")] string? DocumentId,
    [property: Description("For official points, the dataset; for stated ones, null.")] string? Dataset);

/// One series of a pair, ready for a chart: year to value for one flow, one source, one reporter, one currency.
public sealed record PairSeries(
    [property: Description("Canonical pair key.")] string Pair,
    [property: Description("The country whose figures these are (for a stated total, either side's).")] string Reporter,
    string Partner,
    [property: OneOf("Flows")] string Flow,
    [property: OneOf(nameof(Vocabulary.Sources))] string Source,
    [property: Description("ISO 4217 code of every value.")] string Currency,
    [property: Description("First and last year with a point; null when there are none.")] int? FirstYear,
    int? LastYear,
    [property: Description("One point per year, in year order.")] IReadOnlyList<SeriesPoint> Points);

/// Filters of a pair's yearly figures.
public sealed record PairVolumesQuery : YearRangeQuery, IReviewQuery
{

    [Description(ReviewFilter.ReviewDescription)]
    [OneOf(nameof(Vocabulary.ReviewFilters), Multiple = true)]
    public string? Review { get; init; }

    [Description(ReviewFilter.ConfidenceDescription)]
    [System.ComponentModel.DataAnnotations.Range(0.0, 1.0, ErrorMessage = "is between 0 and 1")]
    public decimal? MinConfidence { get; init; }

    [Description("total, exports or imports (any case).")]
    [OneOf("Flows")]
    public string? Flow { get; init; }

    [Description("stated (from documents) or official (imported statistics).")]
    [OneOf(nameof(Vocabulary.Sources))]
    public string? Source { get; init; }

    [Description("Only the rows this country reported (either country of the pair, any accepted form).")]
    [Country]
    public string? Reporter { get; init; }
}

/// What a series is made of.
public sealed record PairSeriesQuery : YearRangeQuery
{
    [Description("total (default), exports or imports, as the reporter gives it.")]
    [OneOf("Flows")]
    public string? Flow { get; init; }

    [Description("official (default) or stated.")]
    [OneOf(nameof(Vocabulary.Sources))]
    public string? Source { get; init; }

    [Description("Whose figures: either country of the pair (default: the first one written in the path).")]
    [Country]
    public string? Reporter { get; init; }

    [Description("ISO 4217 code of the series (default USD); stated figures in other currencies are left out, never converted.")]
    [System.ComponentModel.DataAnnotations.RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "is a three-letter ISO 4217 code such as USD")]
    public string? Currency { get; init; }
}

/// Which direction of a pair's mirror statistics.
public sealed record PairMirrorQuery : YearRangeQuery
{
    [Description("exports (default) or imports: the flow as the reporter gives it.")]
    [OneOf(nameof(Vocabulary.MirrorFlows))]
    public string? Flow { get; init; }
}

/// Filters of a pair's targets.
public sealed record PairTargetsQuery : FormatQuery, IReviewQuery
{

    [Description(ReviewFilter.ReviewDescription)]
    [OneOf(nameof(Vocabulary.ReviewFilters), Multiple = true)]
    public string? Review { get; init; }

    [Description(ReviewFilter.ConfidenceDescription)]
    [System.ComponentModel.DataAnnotations.Range(0.0, 1.0, ErrorMessage = "is between 0 and 1")]
    public decimal? MinConfidence { get; init; }

    [Description("Only targets with these statuses (comma-separated): achieved, on_track, behind, missed, no_data.")]
    [OneOf(nameof(Vocabulary.Statuses), Multiple = true)]
    public string? Status { get; init; }
}

/// The size and content of a pair's chart.
public sealed record PairChartQuery : System.ComponentModel.DataAnnotations.IValidatableObject
{
    [Description("Width in pixels, 200 to 2000 (default 800).")]
    [System.ComponentModel.DataAnnotations.Range(200, 2000, ErrorMessage = "is between 200 and 2000")]
    public int? Width { get; init; }

    [Description("Height in pixels, 150 to 1200 (default 400).")]
    [System.ComponentModel.DataAnnotations.Range(150, 1200, ErrorMessage = "is between 150 and 1200")]
    public int? Height { get; init; }

    [Description("Whose official figures: either country of the pair (default: the first one written in the path).")]
    [Country]
    public string? Reporter { get; init; }

    [Description("First year, inclusive (1900-2100).")]
    [Year]
    public int? From { get; init; }

    [Description("Last year, inclusive (1900-2100).")]
    [Year]
    public int? To { get; init; }

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext context) =>
        YearRangeQuery.Ordered(From, To);
}

/// Query of the pairs list.
public sealed record PairsQuery : PageQuery
{
    [Description("key (default) or latestValue (the latest two-way total); a leading '-' sorts descending (-latestValue: largest first).")]
    [OneOf(nameof(Vocabulary.PairSorts))]
    public string? Sort { get; init; }

    [Description("Only the pairs with one of these countries on either side: codes, M49 numbers or names, comma-separated (at most 20).")]
    [Country(Multiple = true)]
    public string? Country { get; init; }
}

/// The pair named in the path, resolved once for every operation of the group by an endpoint filter.
public sealed record PairRoute(Country A, Country B, Country First, Country Second)
{
    public string Key => Gazetteer.PairKey(A.Iso3, B.Iso3);

    public static PairRoute Of(HttpContext context) => (PairRoute)context.Items[typeof(PairRoute)]!;

    public static async ValueTask<object?> Resolve(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var raw = context.HttpContext.Request.RouteValues["pair"] as string;
        if (PairKey.ParseWritten(raw, out var problem) is not { } p)
            return problem is not null && problem.StartsWith("unknown country", StringComparison.Ordinal)
                ? Problems.Of(Problems.UnknownCountry, problem)
                : Problems.Invalid("pair", problem ?? "is not a pair");
        var (a, b) = string.CompareOrdinal(p.First.Iso3, p.Second.Iso3) <= 0 ? (p.First, p.Second) : (p.Second, p.First);
        context.HttpContext.Items[typeof(PairRoute)] = new PairRoute(a, b, p.First, p.Second);
        return await next(context);
    }

    public ProblemHttpResult NoFacts() =>
        Problems.Of(Problems.UnknownPairData, $"no facts for pair {Key}: no document and no official dataset has any; GET /api/v1/pairs lists the pairs that have");
}
