using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace TradeApi.Volumes;

/// One figure as a flat row: stated in a document or reported by a statistics office.
public sealed record FlatVolume(
    string Pair, string Reporter, string Partner, string Flow, int Year, decimal Value, string Currency, string Source,
    string? Qualifier, string? Dataset, string? DocumentId, string? Quote, int? Start, int? End);

public sealed record VolumeFilter(string? Reporter, string? Partner, string? Country, int? Year, int? From, int? To, string? Flow, string? Currency, string? Source);

public static class FlatVolumes
{
    // Official rows are as each reporter gave them (exports, imports); ordered by year, then source and insertion, for stable keyset paging.
    private const string Sql = """
        SELECT k AS K, pair AS Pair, reporter AS Reporter, partner AS Partner, flow AS Flow, year AS Year, value AS Value, currency AS Currency,
               source AS Source, qualifier AS Qualifier, dataset AS Dataset, document_id AS DocumentId, quote AS Quote, span_start AS SpanStart, span_end AS SpanEnd
        FROM (
            SELECT 's' || printf('%012d', v.id) AS k, v.pair_key AS pair, v.reporter, v.partner, v.flow, v.year, v.value, v.currency, 'stated' AS source,
                   v.qualifier, NULL AS dataset, v.document_id, v.quote, v.span_start, v.span_end
            FROM volumes v
            UNION ALL
            SELECT 'o' || printf('%012d', o.rowid), o.pair_key, o.reporter, o.partner, o.flow, o.year, o.value, o.currency, 'official',
                   NULL, o.dataset, NULL, NULL, NULL, NULL
            FROM official_flows o
        )
        WHERE (@Reporter IS NULL OR reporter = @Reporter) AND (@Partner IS NULL OR partner = @Partner)
          AND (@Country IS NULL OR reporter = @Country OR partner = @Country)
          AND (@Year IS NULL OR year = @Year) AND (@From IS NULL OR year >= @From) AND (@To IS NULL OR year <= @To)
          AND (@Flow IS NULL OR flow = @Flow) AND (@Currency IS NULL OR currency = @Currency) AND (@Source IS NULL OR source = @Source)
          AND (@AfterYear IS NULL OR year > @AfterYear OR (year = @AfterYear AND k > @AfterKey))
        ORDER BY year, k
        LIMIT @Take
        """;

    public static IEnumerable<(string Key, FlatVolume Row)> Query(SqliteConnection c, VolumeFilter f, (int Year, string Key)? after, int take) =>
        c.Query<Row>(Sql, new
        {
            f.Reporter, f.Partner, f.Country, f.Year, f.From, f.To, f.Flow, f.Currency, f.Source,
            AfterYear = after?.Year, AfterKey = after?.Key, Take = take,
        }, buffered: false).Select(r => ($"{r.Year}|{r.K}", r.ToFlat()));

    public static (int Year, string Key)? ParseCursor(string? key)
    {
        if (key is null) return null;
        var bar = key.IndexOf('|');
        return bar > 0 && int.TryParse(key[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? (y, key[(bar + 1)..]) : null;
    }

    public static readonly string[] CsvHeader =
        ["pair", "reporter", "partner", "flow", "year", "value", "currency", "source", "qualifier", "dataset", "documentId", "start", "end", "quote"];

    public static IReadOnlyList<object?> CsvRow(FlatVolume v) =>
        [v.Pair, v.Reporter, v.Partner, v.Flow, v.Year, v.Value, v.Currency, v.Source, v.Qualifier, v.Dataset, v.DocumentId, v.Start, v.End, v.Quote];

    private sealed class Row
    {
        public string K { get; init; } = "";
        public string Pair { get; init; } = "";
        public string Reporter { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Flow { get; init; } = "";
        public long Year { get; init; }
        public string Value { get; init; } = "";
        public string Currency { get; init; } = "";
        public string Source { get; init; } = "";
        public string? Qualifier { get; init; }
        public string? Dataset { get; init; }
        public string? DocumentId { get; init; }
        public string? Quote { get; init; }
        public long? SpanStart { get; init; }
        public long? SpanEnd { get; init; }

        public FlatVolume ToFlat() => new(Pair, Reporter, Partner, Flow, (int)Year, VolumesStore.Dec(Value), Currency, Source, Qualifier, Dataset, DocumentId, Quote,
            (int?)SpanStart, (int?)SpanEnd);
    }
}
