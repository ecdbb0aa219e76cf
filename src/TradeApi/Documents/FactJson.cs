using TradeApi.Facts;
using TradeApi.Extraction;

namespace TradeApi.Documents;

// The facts of one text as the extractor found them, as `extract`, POST /api/v1/extract and the 201 of a stored document answer
// them (with the stored ids there).

public sealed record EvidenceJson(int Start, int End, string Quote);

public sealed record VolumeJson(string Reporter, string Partner, string Flow, int Year, decimal Value, string Currency, string Qualifier, EvidenceJson Evidence,
    Amount? Restated,
    [property: System.ComponentModel.Description(ConfidenceDescription.Text)] decimal Confidence,
    [property: System.ComponentModel.Description("What the figure counts: goods, goodsAndServices, or null when the text does not say. Official customs figures are goods.")] string? Coverage,
    [property: System.ComponentModel.Description("The stored fact's id (GET or PATCH /api/v1/volumes/{id}); null where nothing is stored (extract, check).")] long? Id = null)
{
    public static VolumeJson From(VolumeFact v) =>
        new(v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency, v.Qualifier, new(v.Evidence.Start, v.Evidence.End, v.Evidence.Quote), v.Restated, v.Confidence,
            v.Coverage);
}

public sealed record TargetJson(
    string Reporter, string Partner, string Flow, string Kind, decimal? Value, string? Currency, decimal? Multiplier, decimal? BaseValue, int? BaseYear,
    int? ByYear, string? Horizon, string Qualifier, string? Speaker, bool StatedAsReached, EvidenceJson Evidence, Amount? Restated,
    [property: System.ComponentModel.Description(ConfidenceDescription.Text)] decimal Confidence,
    [property: System.ComponentModel.Description("The stored fact's id (GET or PATCH /api/v1/targets/{id}); null where nothing is stored (extract, check).")] long? Id = null)
{
    public static TargetJson From(TargetFact t) =>
        new(t.Reporter, t.Partner, t.Flow, t.Kind, t.Value, t.Currency, t.Multiplier, t.BaseValue, t.BaseYear, t.ByYear, t.Horizon, t.Qualifier, t.Speaker,
            t.StatedAsReached, new(t.Evidence.Start, t.Evidence.End, t.Evidence.Quote), t.Restated, t.Confidence);
}
