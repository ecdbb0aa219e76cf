using System.ComponentModel;
using TradeApi.Infrastructure;

namespace TradeApi.Facts;

/// A stated figure's verdict in brief, as lists carry it beside the figure.
public sealed record FigureCheck(
    [property: Description("consistent, overstated, understated, not_comparable or no_data (POST /api/v1/check explains the rule).")] [property: OneOf(nameof(Vocabulary.Verdicts))] string Verdict,
    [property: Description("no_rate or goods_and_services when the figure could not be compared; null otherwise.")] string? Reason,
    [property: Description("(stated - official) / official in percent against the official figure the verdict rests on; null when none was compared.")] decimal? DifferencePercent,
    decimal TolerancePercent,
    string Explanation);
