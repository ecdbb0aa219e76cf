using TradeApi.Documents;
using TradeApi.Infrastructure;
using TradeApi.Official;

namespace TradeApi.Checks;

// The examples of the claim check: the example text's figures judged by the endpoint's own rule against the IMF's 2012 figures.
public static class ChecksExamples
{
    /// The check of the example text (DocumentsExamples.ExtractText).
    public static CheckReport Check()
    {
        var facts = DocumentsExamples.Extracted(false);
        IReadOnlyList<OfficialFigure> figures =
        [
            new("imf-dots-2000-2020", "BLR", "KAZ", "BLR-KAZ", "total", 2012, 925_922_000m),
            new("imf-dots-2000-2020", "KAZ", "BLR", "BLR-KAZ", "total", 2012, 765_884_000m),
        ];
        var volumes = facts.Volumes.Select(v => ClaimCheck.Judge(v, figures, Rates.RateTable.Empty)).ToList();
        return new CheckReport(null, facts.Title, facts.PublishedOn, volumes,
            facts.Targets.Select(t => new TargetCheck(t, Targets.TargetsExamples.Target.Evaluation)).ToList(), ClaimCheck.Count(volumes));
    }

    public static readonly OperationExamples CheckText = new()
    {
        Success = Check,
        Csv = () => (CheckEndpoints.CsvHeader, Check().Volumes.Select(v => CheckEndpoints.CsvRow(Check(), v))),
        Requests = DocumentsExamples.TextBodies,
    };

    public static readonly OperationExamples CheckDocument = new()
    {
        Success = Check,
        Csv = CheckText.Csv,
    };
}
