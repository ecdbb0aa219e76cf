using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Security;
using TradeApi.Storage;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Reviews;

/// A review or correction of a volume, as a JSON merge patch; every field optional.
[Input]
public sealed record VolumePatch(
    [property: Description("confirmed, or rejected (with a reason); setting attributes makes the fact corrected.")] [property: OneOf(nameof(Vocabulary.ReviewStates))] string? Review,
    [property: Description("Why; required to reject.")] string? Reason,
    string? Reporter, string? Partner, [property: OneOf("Flows")] string? Flow, int? Year, decimal? Value, string? Currency,
    [property: OneOf("Qualifiers")] string? Qualifier);

/// A review or correction of a target, as a JSON merge patch; every field optional, null clears a nullable attribute.
[Input]
public sealed record TargetPatch(
    [property: Description("confirmed, or rejected (with a reason); setting attributes makes the target corrected.")] [property: OneOf(nameof(Vocabulary.ReviewStates))] string? Review,
    [property: Description("Why; required to reject.")] string? Reason,
    string? Reporter, string? Partner, [property: OneOf("Flows")] string? Flow, [property: OneOf(nameof(Vocabulary.Kinds))] string? Kind, decimal? Value,
    string? Currency, decimal? Multiplier, decimal? BaseValue, int? BaseYear, int? ByYear, string? Horizon, [property: OneOf("Qualifiers")] string? Qualifier,
    string? Speaker);

public static class ReviewsEndpoints
{
    public const string MergePatch = "application/merge-patch+json";
    private const string IdDescription = "The fact's id, as `id` in lists and documents.";

    /// Every review route: a fact and its history on the read group, the queue, and patches and re-extraction on the write group.
    public static void Map(RouteGroupBuilder reads, RouteGroupBuilder writes)
    {
        MapReads(reads);
        ReviewQueue.Map(reads);
        MapWrites(writes);
    }

    private static void MapReads(IEndpointRouteBuilder app)
    {
        var volumes = app.MapGroup("/api/v1/volumes").WithTags("Volumes").WithMetadata(new OwnETag())
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        volumes.MapGet("/{id}", GetVolume).WithName("GetVolume").WithExamples(ReviewsExamples.GetVolume)
            .WithSummary("Get one stated volume with its review")
            .WithDescription("The fact with its provenance, confidence and review (state, reason, revision, and the original extraction beside a correction). Its ETag (from the revision) is what PATCH needs in If-Match.");
        volumes.MapGet("/{id}/history", VolumeHistory).WithName("GetVolumeHistory").WithExamples(ReviewsExamples.GetVolumeHistory)
            .WithSummary("List the changes of a stated volume")
            .WithDescription("Every review, correction and re-extraction change, oldest first: who (the API key's name), when, why, and the fact before and after.");
        var targets = app.MapGroup("/api/v1/targets").WithTags("Targets").WithMetadata(new OwnETag())
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        targets.MapGet("/{id}", GetTarget).WithName("GetTarget").WithExamples(ReviewsExamples.GetTarget)
            .WithSummary("Get one stated target with its review")
            .WithDescription("The target with its provenance, confidence and review. Its ETag (from the revision) is what PATCH needs in If-Match.");
        targets.MapGet("/{id}/history", TargetHistory).WithName("GetTargetHistory").WithExamples(ReviewsExamples.GetTargetHistory)
            .WithSummary("List the changes of a stated target")
            .WithDescription("Every review, correction and re-extraction change, oldest first: who (the API key's name), when, why, and the target before and after.");
    }

    private static void MapWrites(IEndpointRouteBuilder app)
    {
        const string PatchDescription = """
            A JSON merge patch (RFC 7396, application/merge-patch+json): {"review": "confirmed"}, {"review": "rejected", "reason": "..."}, or any
            attributes to correct ({"value": 1200000000, "reason": "the text says 1.2 billion"}), which makes the fact corrected and keeps the
            extraction as it was in review.original. If-Match with the fact's ETag is required (428 without it, 412 when the fact changed since).
            Lists leave rejected facts out (review=all shows them); target evaluation uses corrected values. Every change is in the fact's history.
            """;
        app.MapPatch("/api/v1/volumes/{id}", PatchVolume).WithTags("Volumes").WithName("PatchVolume").WithExamples(ReviewsExamples.PatchVolume).WithMetadata(new OwnETag())
            .Accepts<VolumePatch>(MergePatch)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status428PreconditionRequired).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Confirm, reject or correct a stated volume").WithDescription(PatchDescription);
        app.MapPatch("/api/v1/targets/{id}", PatchTarget).WithTags("Targets").WithName("PatchTarget").WithExamples(ReviewsExamples.PatchTarget).WithMetadata(new OwnETag())
            .Accepts<TargetPatch>(MergePatch)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status428PreconditionRequired).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Confirm, reject or correct a stated target").WithDescription(PatchDescription);
        app.MapPost("/api/v1/documents/{id}/reextract", ReextractOne).WithTags("Documents").WithName("ReextractDocument").WithExamples(ReviewsExamples.ReextractDocument)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Run the current extractor again on a stored document")
            .WithDescription("Confirmed and corrected facts stay as they are; new facts arrive unreviewed; an unreviewed fact the extractor no longer finds is removed; a reviewed one it no longer finds is kept and flagged orphaned. Answers what it did.");
        app.MapPost("/api/v1/documents/reextract", ReextractAll).WithTags("Documents").WithName("ReextractDocuments").WithExamples(ReviewsExamples.ReextractDocuments)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Run the current extractor again on every stored document")
            .WithDescription("As ReextractDocument, for each document in its own transaction; answers the totals.");
    }

    private static string ETagOf(string prefix, long id, int revision) => string.Create(CultureInfo.InvariantCulture, $"\"{prefix}{id}-{revision}\"");

    private static ProblemHttpResult? IdProblem(string id, out long value) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0 ? null : Problems.Invalid("id", $"'{Text.Truncate(id)}' is not a fact id; ids are positive integers, as `id` in lists");

    private static Task<Results<Ok<StatedVolume>, ProblemHttpResult>> GetVolume(HttpResponse response, Db db, [Description(IdDescription)] [FactId] string id, CancellationToken ct) =>
        Get(response, db, id, "v", "volume", (c, n) => VolumesStore.ById(c, n), v => v.Review.Revision, ct);

    private static Task<Results<Ok<StatedTarget>, ProblemHttpResult>> GetTarget(HttpResponse response, Db db, [Description(IdDescription)] [FactId] string id, CancellationToken ct) =>
        Get(response, db, id, "t", "target", (c, n) => TargetsStore.ById(c, n), t => t.Review.Revision, ct);

    private static async Task<Results<Ok<T>, ProblemHttpResult>> Get<T>(HttpResponse response, Db db, string id, string prefix, string fact,
        Func<System.Data.Common.DbConnection, long, T?> byId, Func<T, int> revision, CancellationToken ct) where T : class
    {
        if (IdProblem(id, out var n) is { } problem) return problem;
        var found = await db.ReadAsync(c => byId(c, n), ct);
        if (found is null) return Problems.NotFoundHere($"no stated {fact} with id {n}");
        response.Headers.ETag = ETagOf(prefix, n, revision(found));
        response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(found);
    }

    private static async Task<Results<Ok<FactHistory<VolumeSnapshot>>, ProblemHttpResult>> VolumeHistory(Db db, [Description(IdDescription)] [FactId] string id, CancellationToken ct) =>
        await History<VolumeSnapshot>(db, "volume", id, ct);

    private static async Task<Results<Ok<FactHistory<TargetSnapshot>>, ProblemHttpResult>> TargetHistory(Db db, [Description(IdDescription)] [FactId] string id, CancellationToken ct) =>
        await History<TargetSnapshot>(db, "target", id, ct);

    private static async Task<Results<Ok<FactHistory<T>>, ProblemHttpResult>> History<T>(Db db, string fact, string id, CancellationToken ct) where T : class
    {
        if (IdProblem(id, out var n) is { } problem) return problem;
        var items = await db.ReadAsync(c => ReviewsStore.History<T>(c, fact, n), ct);
        return items is null ? Problems.NotFoundHere($"no stated {fact} with id {n}") : TypedResults.Ok(new FactHistory<T>(fact, n, items));
    }

    // If-Match: required; "*" matches the fact as it is; otherwise the strong tag of this fact at some revision.
    private static ProblemHttpResult? Precondition(HttpRequest request, string prefix, long id, out int expected)
    {
        expected = -1;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
            return Problems.Of(Problems.PreconditionRequired, "send If-Match with the fact's ETag (from GET of the fact), so a change made meanwhile is not overwritten");
        if (header == "*") return null;
        var tag = $"\"{prefix}{id}-";
        if (header.StartsWith(tag, StringComparison.Ordinal) && header.EndsWith('"')
            && int.TryParse(header[tag.Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out expected)) return null;
        return Problems.Of(Problems.PreconditionFailed, $"If-Match {Text.Truncate(header)} is not an ETag of this fact; GET it for its current one");
    }

    private static async Task<(FactPatch? Patch, ProblemHttpResult? Problem)> ReadPatch(HttpRequest request, string[] attributes, CancellationToken ct)
    {
        var (text, status, problem) = await RequestBody.ReadTextAsync(request, 64 * 1024, ct);
        if (text is null) return (null, RequestBody.Problem(status, problem!));
        JsonElement root;
        try { root = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 4 }).RootElement; }
        catch (JsonException) { return (null, Problems.Of(Problems.InvalidBody, "the body is not JSON; send a merge patch object such as {\"review\": \"confirmed\"}")); }
        if (root.ValueKind != JsonValueKind.Object) return (null, Problems.Of(Problems.InvalidBody, "a merge patch is a JSON object, such as {\"review\": \"confirmed\"}"));
        var errors = new Dictionary<string, string[]>();
        string? review = null, reason = null;
        var set = new Dictionary<string, JsonElement>();
        foreach (var p in root.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Contains('\0'))
            {
                errors[p.Name] = [RequestBody.NulProblem(p.Name)];
                continue;
            }
            if (p.Name == "review")
            {
                if (p.Value.ValueKind == JsonValueKind.String && Vocabulary.Canonical(Vocabulary.ReviewStates, p.Value.GetString()) is { } r) review = r;
                else errors["review"] = [$"is one of {string.Join(", ", Vocabulary.ReviewStates)}"];
            }
            else if (p.Name == "reason")
            {
                if (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() is { Length: <= 500 } s) reason = s.Trim().Length > 0 ? s.Trim() : null;
                else if (p.Value.ValueKind != JsonValueKind.Null) errors["reason"] = ["is a text of at most 500 characters"];
            }
            else if (attributes.Contains(p.Name)) set[p.Name] = p.Value.Clone();
            else errors[p.Name] = [$"is not a field of this fact; a patch sets review, reason, {string.Join(", ", attributes)}"];
        }
        if (errors.Count > 0) return (null, Problems.Of(Problems.InvalidBody, Problems.Summary(errors), new Dictionary<string, object?> { ["errors"] = errors }));
        return (new FactPatch(review, reason, set), null);
    }

    private static Task<Results<Ok<StatedVolume>, ProblemHttpResult>> PatchVolume(HttpRequest request, Db db, Upkeep upkeep, [Description(IdDescription)] [FactId] string id, CancellationToken ct) =>
        Patch<StatedVolume>(request, db, upkeep, id, "v", "volume", ReviewsStore.VolumeAttributeNames, ReviewsStore.PatchVolume, ct);

    private static Task<Results<Ok<StatedTarget>, ProblemHttpResult>> PatchTarget(HttpRequest request, Db db, Upkeep upkeep, [Description(IdDescription)] [FactId] string id, CancellationToken ct) =>
        Patch<StatedTarget>(request, db, upkeep, id, "t", "target", ReviewsStore.TargetAttributeNames, ReviewsStore.PatchTarget, ct);

    private static async Task<Results<Ok<T>, ProblemHttpResult>> Patch<T>(HttpRequest request, Db db, Upkeep upkeep, string id, string prefix, string fact, string[] attributes,
        Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, Upkeep, long, int, FactPatch, string, ReviewsStore.Outcome> apply, CancellationToken ct)
    {
        if (IdProblem(id, out var n) is { } idProblem) return idProblem;
        if (Precondition(request, prefix, n, out var expected) is { } pre) return pre;
        var (patch, problem) = await ReadPatch(request, attributes, ct);
        if (patch is null) return problem!;
        var by = ApiKeyFilter.NameOf(request.HttpContext);
        var outcome = await db.WriteAsync((c, tx) => apply(c, tx, upkeep, n, expected, patch, by), ct);
        return Answer(request.HttpContext.Response, outcome, prefix, n, fact, f => (T)f);
    }

    private static Results<Ok<T>, ProblemHttpResult> Answer<T>(HttpResponse response, ReviewsStore.Outcome outcome, string prefix, long id, string fact, Func<object, T> cast)
    {
        switch (outcome)
        {
            case ReviewsStore.Done done:
                response.Headers.ETag = ETagOf(prefix, id, done.Revision);
                return TypedResults.Ok(cast(done.Fact));
            case ReviewsStore.Stale stale:
                response.Headers.ETag = ETagOf(prefix, id, stale.Revision);
                return Problems.Of(Problems.PreconditionFailed, $"the {fact} changed since that ETag (it is at revision {stale.Revision} now); GET it again and reapply the change");
            case ReviewsStore.Invalid invalid:
                return Problems.Of(Problems.InvalidBody, Problems.Summary(invalid.Errors), new Dictionary<string, object?> { ["errors"] = invalid.Errors });
            default:
                return Problems.NotFoundHere($"no stated {fact} with id {id} (its document may have been deleted)");
        }
    }

    private static async Task<Results<Ok<ReextractSummary>, ProblemHttpResult>> ReextractOne(
        HttpContext http, Db db, Upkeep upkeep, [Description("Document id: 16 lowercase hex digits.")] string id, CancellationToken ct)
    {
        if (Documents.DocumentsEndpoints.IdProblem(id) is { } problem) return problem;
        var by = ApiKeyFilter.NameOf(http);
        var summary = await db.WriteAsync((c, tx) => Reextraction.Document(c, tx, upkeep, id, by), ct);
        return summary is null ? Problems.NotFoundHere($"no document with id {id}") : TypedResults.Ok(summary);
    }

    private static async Task<Ok<ReextractSummary>> ReextractAll(HttpContext http, Db db, Upkeep upkeep, CancellationToken ct)
    {
        var by = ApiKeyFilter.NameOf(http);
        return TypedResults.Ok(await ReextractEvery(db, upkeep, by, null, ct));
    }

    /// Every document, each in its own write, so readers and writers are never held for the whole run.
    public static async Task<ReextractSummary> ReextractEvery(Db db, Upkeep upkeep, string by, Action<int, int>? progress, CancellationToken ct)
    {
        var ids = await db.ReadAsync(Reextraction.DocumentIds, ct);
        var total = new ReextractSummary(0, 0, 0, 0, 0);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (await db.WriteAsync((c, tx) => Reextraction.Document(c, tx, upkeep, id, by), ct) is { } s)
                total = new ReextractSummary(total.Documents + 1, total.Added + s.Added, total.Removed + s.Removed, total.Kept + s.Kept, total.Orphaned + s.Orphaned);
            progress?.Invoke(i + 1, ids.Count);
        }
        return total;
    }
}
