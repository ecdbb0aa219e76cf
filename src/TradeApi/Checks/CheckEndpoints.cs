using System.ComponentModel;
using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Cli;
using TradeApi.Documents;
using TradeApi.Extraction;
using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Official;
using TradeApi.Storage;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Checks;

public static class CheckEndpoints
{
    private const string Rule =
        " Each stated volume is set beside the official figures for its pair, year and flow: the reporter's own and its partner's mirror figure, in the stated currency at the year's average rate (GET /api/v1/rates)."
        + " The verdict is consistent when the stated figure lies within its tolerance of either; the tolerance adds the precision of the number as written (half a unit of its last significant digit, 2 % to 10 %),"
        + " 5 % for \"about\"/\"close to\", and 3 % for how customs offices value goods; \"more than\" is only overstated, \"less than\" only understated."
        + " not_comparable when the text counts goods and services or no rate is held for the currency and year (reason), no_data when no official figure exists."
        + " Each target has its status as in GET /api/v1/targets. CSV: one row per stated volume.";

    public static IEndpointRouteBuilder MapCheckEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/check", CheckText).WithTags("Claim check").WithName("CheckText").WithExamples(ChecksExamples.CheckText)
            .Accepts<DocumentBody>("application/json", "text/plain")
            .Produces<CheckReport>(200, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Check a text's figures against the official record")
            .WithDescription("Runs the extractor on the text and judges every figure it states; stores nothing and needs no key (the read rate limit applies). The body is text/plain (first line is the title) or application/json {title, text, publishedOn, source}, at most 1 MiB." + Rule);
        app.MapGet("/api/v1/documents/{id}/check", CheckDocument).WithTags("Claim check").WithName("CheckDocument").WithExamples(ChecksExamples.CheckDocument)
            .Produces<CheckReport>(200, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Check a stored document's figures against the official record")
            .WithDescription("The stored facts of the document with review corrections applied (rejected facts left out), judged as POST /api/v1/check judges a text." + Rule);
        return app;
    }

    private static async Task<Results<Ok<CheckReport>, CsvResult, ProblemHttpResult>> CheckText(HttpRequest request, [AsParameters] FormatQuery format, Db db, CancellationToken ct)
    {
        var body = await RequestBody.ReadDocumentAsync(request, ct);
        if (body.Input is not { } input) return RequestBody.Problem(body.Status, body.Problem!);
        var extracted = Extractor.Extract(input.Text, input.PublishedOn, source: input.Source);
        var facts = DocumentsEndpoints.Facts(null, input.Title, extracted, input.PublishedOn);
        var provenance = (Evidence e) => new Provenance("", facts.Title, facts.PublishedOn, e.Start, e.End, e.Quote);
        var textVolumes = facts.Volumes.Select(v => new StatedVolume(0, Gazetteer.PairKey(v.Reporter, v.Partner), v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency, v.Qualifier,
            provenance(v.Evidence), v.Restated, v.Confidence, new VolumeReview(ReviewState.Unreviewed, null, false, 1, null))).ToList();
        var targets = facts.Targets.Select(t => (t, new StatedTarget(0, Gazetteer.PairKey(t.Reporter, t.Partner), t.Reporter, t.Partner, t.Flow, t.Kind, t.Value, t.Currency,
            t.Multiplier, t.BaseValue, t.BaseYear, t.ByYear, t.Horizon, t.Qualifier, t.Speaker, t.StatedAsReached, provenance(t.Evidence), t.Restated, t.Confidence,
            new TargetReview(ReviewState.Unreviewed, null, false, 1, null)))).ToList();
        var report = await db.ReadAsync(c => Check(c, facts, targets, textVolumes), ct);
        return Respond(request, report);
    }

    private static async Task<Results<Ok<CheckReport>, CsvResult, ProblemHttpResult>> CheckDocument(HttpRequest request,
        [Description("Document id: 16 lowercase hex digits.")] string id, [AsParameters] FormatQuery format, DocumentsStore store, Db db, CancellationToken ct)
    {
        if (DocumentsEndpoints.IdProblem(id) is { } problem) return problem;
        if (await store.GetAsync(id, ct) is not { } d) return Problems.NotFoundHere($"no document with id {id}");
        var facts = DocumentsEndpoints.Stored(d);
        var targets = facts.Targets.Zip(d.Targets.Where(t => t.Review.State != ReviewState.Rejected)).ToList();
        var report = await db.ReadAsync(c => Check(c, facts, targets, []), ct);
        return Respond(request, report);
    }

    private static Results<Ok<CheckReport>, CsvResult, ProblemHttpResult> Respond(HttpRequest request, CheckReport report) =>
        CsvResult.Wanted(request) ? new CsvResult(CsvHeader, report.Volumes.Select(v => CsvRow(report, v))) : TypedResults.Ok(report);

    // Every figure of the text against its pair's official figures, each pair read once; targets as the target lists judge them, with
    // the text's own figures beside the stored ones (for a stored document they are the stored ones).
    private static CheckReport Check(DbConnection c, ExtractedFacts facts, IReadOnlyList<(TargetFact Json, StatedTarget Target)> targets,
        IReadOnlyList<StatedVolume> textVolumes)
    {
        var rates = Rates.RatesStore.Table(c);
        var official = new Dictionary<string, List<OfficialFigure>>(StringComparer.Ordinal);
        List<OfficialFigure> FiguresOf(string pair) => official.TryGetValue(pair, out var f) ? f : official[pair] = OfficialFigures.ByPair(c, pair);
        var volumes = facts.Volumes.Select(v => ClaimCheck.Judge(v, FiguresOf(Gazetteer.PairKey(v.Reporter, v.Partner)), rates)).ToList();
        var stated = new Dictionary<string, List<StatedVolume>>(StringComparer.Ordinal);
        List<StatedVolume> StatedOf(string pair) => stated.TryGetValue(pair, out var s) ? s
            : stated[pair] = VolumesStore.Stated(c, pair, null, null).Concat(textVolumes.Where(v => v.Pair == pair)).ToList();
        var judged = targets.Select(t => new TargetCheck(t.Json, TargetEvaluator.Judge(t.Target, FiguresOf(t.Target.Pair), StatedOf(t.Target.Pair), rates),
            TargetEvaluator.UsdOf(t.Target, rates))).ToList();
        return new CheckReport(facts.Id, facts.Title, facts.PublishedOn, volumes, judged, ClaimCheck.Count(volumes));
    }

    internal static readonly string[] CsvHeader =
    [
        "documentId", "reporter", "partner", "flow", "year", "value", "currency", "qualifier", "verdict", "reason", "tolerancePercent",
        "ownUsd", "ownValue", "ownDifferencePercent", "mirrorUsd", "mirrorValue", "mirrorDifferencePercent", "rate", "usdValue", "quote",
    ];

    internal static IReadOnlyList<object?> CsvRow(CheckReport r, VolumeCheck v) =>
    [
        r.DocumentId, v.Fact.Reporter, v.Fact.Partner, v.Fact.Flow, v.Fact.Year, v.Fact.Value, v.Fact.Currency, v.Fact.Qualifier, v.Verdict, v.Reason,
        v.TolerancePercent, v.Own?.Usd, v.Own?.Value, v.Own?.DifferencePercent, v.Mirror?.Usd, v.Mirror?.Value, v.Mirror?.DifferencePercent,
        (v.Own ?? v.Mirror)?.Rate?.ToString(CultureInfo.InvariantCulture), v.Usd?.Value, v.Fact.Evidence.Quote,
    ];
}
