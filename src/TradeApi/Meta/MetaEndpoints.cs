using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Meta;

/// What a dashboard needs to build its filters.
public sealed record MetaView(int? FirstYear, int? LastYear, IReadOnlyList<string> Flows, IReadOnlyList<string> Currencies, IReadOnlyList<string> Sources,
    IReadOnlyList<string> Statuses, IReadOnlyList<string> Datasets, int Documents, int StatedVolumes, int Targets, int OfficialRows, int Pairs, string DataVersion,
    [property: System.ComponentModel.Description("Exchange rates held: one per currency and year (GET /api/v1/rates).")] int Rates,
    [property: System.ComponentModel.Description("Currencies with at least one rate.")] IReadOnlyList<string> RateCurrencies);

public static class MetaEndpoints
{
    // Read from the pair summary and the dataset table the writes keep, never by counting the large tables.
    private const string CountsSql = """
        SELECT (SELECT COUNT(*) FROM documents) AS Documents, (SELECT COALESCE(SUM(stated), 0) FROM pair_summary) AS Volumes,
               (SELECT COALESCE(SUM(targets), 0) FROM pair_summary) AS Targets, (SELECT COALESCE(SUM(rows), 0) FROM official_datasets) AS Official,
               (SELECT COUNT(*) FROM pair_summary) AS Pairs, (SELECT MIN(first_year) FROM pair_summary) AS FirstYear,
               (SELECT MAX(last_year) FROM pair_summary) AS LastYear
        """;
    private const string CurrenciesSql = "SELECT DISTINCT currencies FROM pair_summary";
    private const string DatasetsSql = "SELECT name FROM official_datasets ORDER BY name";
    private const string RateCurrenciesSql = "SELECT DISTINCT currency FROM rates ORDER BY currency";

    public static IEndpointRouteBuilder MapMetaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/meta", Get).WithTags("Meta").WithName("GetMeta")
            .WithExamples(new() { Success = () => new MetaView(2000, 2020, Extraction.Flows.All, ["USD"], Infrastructure.Vocabulary.Sources, Infrastructure.Vocabulary.Statuses,
                ["imf-dots-2000-2020"], 1, 1, 2, 832, 10, "7", 1423, ["AUD", "CAD", "EUR", "GBP", "NZD"]) })
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Describe the data held")
            .WithDescription("Years covered, flows, currencies, sources, statuses, official datasets, exchange rates, and counts of documents, facts and pairs. dataVersion changes with every write.");
        return app;
    }

    private static async Task<Ok<MetaView>> Get(Db db, CancellationToken ct) =>
        TypedResults.Ok(await db.ReadAsync(c =>
        {
            var n = c.QuerySingle<Counts>(CountsSql);
            return new MetaView((int?)n.FirstYear, (int?)n.LastYear, Extraction.Flows.All, c.Query<string>(CurrenciesSql).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToList(), Infrastructure.Vocabulary.Sources,
                Infrastructure.Vocabulary.Statuses, c.Query<string>(DatasetsSql).ToList(), (int)n.Documents, (int)n.Volumes, (int)n.Targets, (int)n.Official, (int)n.Pairs,
                DataVersion.Read(c), (int)Rates.RatesStore.Covered(c).Rows, c.Query<string>(RateCurrenciesSql).ToList());
        }, ct));

    private sealed class Counts
    {
        public long Documents { get; init; }
        public long Volumes { get; init; }
        public long Targets { get; init; }
        public long Official { get; init; }
        public long Pairs { get; init; }
        public long? FirstYear { get; init; }
        public long? LastYear { get; init; }
    }
}
