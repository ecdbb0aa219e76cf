using System.ComponentModel;
using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Reviews;

/// An unreviewed fact waiting for an analyst.
public sealed record QueuedFact(
    [property: Description("volume or target.")] string Fact,
    [property: Description("The fact's id: GET or PATCH /api/v1/volumes/{id} or /api/v1/targets/{id}.")] long Id,
    string Pair,
    [property: Description(ConfidenceDescription.Text)] decimal? Confidence,
    [property: Description("The stated volumes and targets of the fact's pair: how much a wrong fact there would mislead.")] long PairFacts,
    decimal? Value, string? Currency,
    [property: Description("A volume's year, a target's deadline year; null for a target without one.")] int? Year,
    string DocumentId, string Quote);

// The facts an analyst should look at first: unreviewed ones, least confident first (a fact stored before confidence existed first
// of all), then those of the pairs with the most facts, then by kind and id. Keyset paging over that order.
public static class ReviewQueue
{
    private const string CountSql = "SELECT (SELECT COUNT(*) FROM volumes WHERE review = 'unreviewed') + (SELECT COUNT(*) FROM targets WHERE review = 'unreviewed')";

    private const string QueueSql = """
        SELECT Fact, Id, Pair, Confidence, PairFacts, Value, Currency, Year, DocumentId, Quote FROM (
            SELECT 'volume' AS Fact, v.id AS Id, v.pair_key AS Pair, v.confidence AS Confidence, s.stated + s.targets AS PairFacts,
                   v.value AS Value, v.currency AS Currency, v.year AS Year, v.document_id AS DocumentId, v.quote AS Quote,
                   COALESCE(CAST(v.confidence AS DOUBLE PRECISION), -1) AS Rank
            FROM volumes v JOIN pair_summary s ON s.pair_key = v.pair_key WHERE v.review = 'unreviewed'
            UNION ALL
            SELECT 'target', t.id, t.pair_key, t.confidence, s.stated + s.targets, t.value, t.currency, t.by_year, t.document_id, t.quote,
                   COALESCE(CAST(t.confidence AS DOUBLE PRECISION), -1)
            FROM targets t JOIN pair_summary s ON s.pair_key = t.pair_key WHERE t.review = 'unreviewed'
        ) q
        WHERE @first OR Rank > @rank OR (Rank = @rank AND (PairFacts < @pairFacts OR (PairFacts = @pairFacts AND (Fact > @fact OR (Fact = @fact AND Id > @id)))))
        ORDER BY Rank, PairFacts DESC, Fact, Id
        LIMIT @take
        """;

    internal static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/review-queue", List).WithTags("Reviews").WithName("ListReviewQueue").WithExamples(ReviewsExamples.ListReviewQueue)
            .Produces<Page<QueuedFact>>(200, "application/json", "text/csv").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("List the facts waiting for review, most in need first")
            .WithDescription("Unreviewed volumes and targets, least confident first, then those of the pairs with the most facts (a wrong figure there misleads most). Review one with PATCH /api/v1/volumes/{id} or /api/v1/targets/{id}; it then leaves the queue.");
    }

    private static async Task<Results<Ok<Page<QueuedFact>>, CsvResult, ProblemHttpResult>> List(HttpRequest request, [AsParameters] PageQuery query, Db db, CancellationToken ct)
    {
        if (!Paging.TryDecode(query.Cursor, out var key)) return Paging.BadCursor();
        var after = key is null ? null : Parse(key);
        if (key is not null && after is null) return Paging.BadCursor();
        static string CursorOf(QueuedFact r) => string.Create(CultureInfo.InvariantCulture, $"{(double)(r.Confidence ?? -1m):R}|{r.PairFacts}|{r.Fact}|{r.Id}");
        if (Paging.Whole(request, query.Limit))
        {
            const int chunk = 5_000;
            var first = await db.ReadAsync(c => Read(c, after, chunk), ct);
            return Paging.All(CsvHeader, CsvRow, first, chunk, (a, n) => { using var c = db.Open(); return Read(c, Parse(a), n); }, CursorOf, request.HttpContext.RequestAborted);
        }
        var take = query.Limit ?? Paging.DefaultLimit;
        var (rows, total) = await db.ReadAsync(c => (Read(c, after, take + 1), query.Count == true ? c.ExecuteScalar<long>(CountSql) : (long?)null), ct);
        var page = Paging.Make(rows, take, CursorOf) with { Total = total };
        return Paging.Respond(request, page, CsvHeader, CsvRow);
    }

    // A cursor: the rank (confidence), the pair's fact count, the kind of fact and its id; null for text that is not one.
    private static (double Rank, long PairFacts, string Fact, long Id)? Parse(string key)
    {
        var p = key.Split('|');
        if (p.Length != 4 || !double.TryParse(p[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) || !double.IsFinite(rank)
            || !long.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out var facts) || p[2] is not ("volume" or "target")
            || !long.TryParse(p[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        return (rank, facts, p[2], id);
    }

    private static List<QueuedFact> Read(DbConnection c, (double Rank, long PairFacts, string Fact, long Id)? after, int take) =>
        c.Query<Row>(QueueSql, new
        {
            first = after is null, rank = after?.Rank ?? 0, pairFacts = after?.PairFacts ?? 0, fact = after?.Fact ?? "", id = after?.Id ?? 0, take,
        }).Select(r => new QueuedFact(r.Fact, r.Id, r.Pair, r.Confidence, r.PairFacts, r.Value, r.Currency, (int?)r.Year, r.DocumentId, r.Quote)).ToList();

    internal static readonly string[] CsvHeader = ["fact", "id", "pair", "confidence", "pairFacts", "value", "currency", "year", "documentId", "quote"];

    internal static IReadOnlyList<object?> CsvRow(QueuedFact f) => [f.Fact, f.Id, f.Pair, f.Confidence, f.PairFacts, f.Value, f.Currency, f.Year, f.DocumentId, f.Quote];

    private sealed class Row
    {
        public string Fact { get; init; } = "";
        public long Id { get; init; }
        public string Pair { get; init; } = "";
        public decimal? Confidence { get; init; }
        public long PairFacts { get; init; }
        public decimal? Value { get; init; }
        public string? Currency { get; init; }
        public long? Year { get; init; }
        public string DocumentId { get; init; } = "";
        public string Quote { get; init; } = "";
    }
}
