using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using TradeApi.Extraction;
using TradeApi.Storage;

namespace TradeApi.Documents;

public sealed class DocumentsStore(Db db, Upkeep upkeep)
{
    public static string IdOf(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];
    }

    public sealed record IngestResult(string Id, bool Created, ExtractionResult Facts, IReadOnlyList<long> VolumeIds, IReadOnlyList<long> TargetIds);

    // The document and all its facts in one transaction; the same text again stores nothing.
    public async Task<IngestResult> IngestAsync(string text, string? title, DateOnly? publishedOn, string? source, CancellationToken ct = default)
    {
        var id = IdOf(text);
        var facts = Extractor.Extract(text, publishedOn, source: source);
        var stored = await db.WriteAsync((c, tx) =>
        {
            var added = Insert(c, tx, id, text, CapTitle(title ?? facts.Title), publishedOn ?? facts.PublishedOn, source, facts);
            if (added is not null) upkeep.DocumentsAdded(c, tx, [added]);
            return added;
        }, ct);
        return new IngestResult(id, stored is not null, facts, stored?.VolumeIds ?? [], stored?.TargetIds ?? []);
    }

    /// Many documents at once: extracted on every core, then stored in one write transaction (each document and its facts as
    /// IngestAsync stores them; a text already held stores nothing). The bulk path of the ingest verb.
    public async Task<IReadOnlyList<IngestResult>> IngestBatchAsync(IReadOnlyList<Infrastructure.DocumentInput> docs, CancellationToken ct = default)
    {
        var facts = new ExtractionResult[docs.Count];
        Parallel.For(0, docs.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => facts[i] = Extractor.Extract(docs[i].Text, docs[i].PublishedOn, source: docs[i].Source));
        return await db.WriteAsync((c, tx) =>
        {
            // What derives from the facts is kept once for the whole batch: a busy pair several documents touch is judged once.
            var results = new List<IngestResult>(docs.Count);
            var added = new List<NewFacts>();
            for (var i = 0; i < docs.Count; i++)
            {
                var d = docs[i];
                var id = IdOf(d.Text);
                var stored = Insert(c, tx, id, d.Text, CapTitle(d.Title ?? facts[i].Title), d.PublishedOn ?? facts[i].PublishedOn, d.Source, facts[i]);
                if (stored is not null) added.Add(stored);
                results.Add(new IngestResult(id, stored is not null, facts[i], stored?.VolumeIds ?? [], stored?.TargetIds ?? []));
            }
            upkeep.DocumentsAdded(c, tx, added);
            return results;
        }, ct);
    }

    /// <summary>Longest title stored: a text whose first line runs on is not copied whole into every fact's provenance.</summary>
    public const int MaxTitle = 500;

    public static string CapTitle(string title)
    {
        if (title.Length <= MaxTitle) return title;
        var cut = title.LastIndexOf(' ', MaxTitle - 1);
        return title[..(cut > MaxTitle / 2 ? cut : MaxTitle - 1)] + "…";
    }

    private const string InsertDocumentSql = """
        INSERT INTO documents (id, title, published_on, source, text, ingested_at)
        VALUES (@Id, @Title, @PublishedOn, @Source, @Text, @IngestedAt)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string InsertVolumeSql = """
        INSERT INTO volumes (document_id, reporter, partner, pair_key, flow, year, value, currency, qualifier, span_start, span_end, quote,
                             restated_value, restated_currency, confidence, coverage)
        VALUES (@DocumentId, @Reporter, @Partner, @PairKey, @Flow, @Year, @Value, @Currency, @Qualifier, @Start, @End, @Quote,
                @RestatedValue, @RestatedCurrency, @Confidence, @Coverage)
        RETURNING id
        """;

    private const string InsertTargetSql = """
        INSERT INTO targets (document_id, reporter, partner, pair_key, flow, kind, value, currency, multiplier, base_value, base_year,
                             by_year, horizon, qualifier, speaker, stated_as_reached, span_start, span_end, quote, restated_value, restated_currency, confidence,
                             first_read)
        VALUES (@DocumentId, @Reporter, @Partner, @PairKey, @Flow, @Kind, @Value, @Currency, @Multiplier, @BaseValue, @BaseYear,
                @ByYear, @Horizon, @Qualifier, @Speaker, @StatedAsReached, @Start, @End, @Quote, @RestatedValue, @RestatedCurrency, @Confidence,
                (SELECT 
        """ + Targets.TargetsStore.FirstReadSql + """
         FROM documents d WHERE d.id = @DocumentId))
        RETURNING id
        """;

    // The new facts' ids come back with the insert (RETURNING, on both stores), so the 201 names each fact a client may review next.
    // Null when the text is held already. The caller keeps what derives from the facts (Upkeep), once per transaction.
    private static NewFacts? Insert(DbConnection c, DbTransaction tx, string id, string text, string title, DateOnly? publishedOn, string? source, ExtractionResult facts)
    {
        var rows = c.Execute(InsertDocumentSql, new
        {
            Id = id, Title = title.Length > 0 ? title : "(untitled)", PublishedOn = publishedOn?.ToString("yyyy-MM-dd"), Source = source, Text = text,
            IngestedAt = DateTimeOffset.UtcNow.ToString("O"),
        }, tx);
        if (rows == 0) return null;
        var volumeIds = facts.Volumes.Select(v => InsertVolume(c, tx, id, v)).ToList();
        var targetIds = facts.Targets.Select(t => InsertTarget(c, tx, id, t)).ToList();
        return new NewFacts(facts, id, publishedOn, volumeIds, targetIds);
    }

    internal static long InsertVolume(DbConnection c, DbTransaction tx, string id, VolumeFact v) =>
        c.ExecuteScalar<long>(InsertVolumeSql, new
        {
            DocumentId = id, v.Reporter, v.Partner, PairKey = Gazetteer.PairKey(v.Reporter, v.Partner), v.Flow, v.Year, Value = c.Money(v.Value),
            v.Currency, v.Qualifier, v.Evidence.Start, v.Evidence.End, v.Evidence.Quote,
            RestatedValue = c.Money(v.Restated?.Value), RestatedCurrency = v.Restated?.Currency, Confidence = c.Money(v.Confidence), v.Coverage,
        }, tx);

    internal static long InsertTarget(DbConnection c, DbTransaction tx, string id, TargetFact t) =>
        c.ExecuteScalar<long>(InsertTargetSql, new
        {
            DocumentId = id, t.Reporter, t.Partner, PairKey = Gazetteer.PairKey(t.Reporter, t.Partner), t.Flow, t.Kind, Value = c.Money(t.Value), t.Currency,
            Multiplier = c.Money(t.Multiplier), BaseValue = c.Money(t.BaseValue), t.BaseYear, t.ByYear, t.Horizon, t.Qualifier, t.Speaker,
            StatedAsReached = t.StatedAsReached ? 1 : 0, t.Evidence.Start, t.Evidence.End, t.Evidence.Quote,
            RestatedValue = c.Money(t.Restated?.Value), RestatedCurrency = t.Restated?.Currency, Confidence = c.Money(t.Confidence),
        }, tx);

    private const string DeleteSql = "DELETE FROM documents WHERE id = @id";
    private const string PairsOfSql = "SELECT pair_key FROM volumes WHERE document_id = @id UNION SELECT pair_key FROM targets WHERE document_id = @id";

    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default) =>
        await db.WriteAsync((c, tx) =>
        {
            var pairs = c.Query<string>(PairsOfSql, new { id }, tx).ToList();
            var deleted = c.Execute(DeleteSql, new { id }, tx) > 0;
            if (!deleted) return false;
            upkeep.PairsChanged(c, tx, pairs);
            return true;
        }, ct);

    private const string ListSql = """
        SELECT d.id AS Id, d.title AS Title, d.published_on AS PublishedOn, d.source AS Source, d.ingested_at AS IngestedAt,
               (SELECT COUNT(*) FROM volumes v WHERE v.document_id = d.id) AS Volumes,
               (SELECT COUNT(*) FROM targets t WHERE t.document_id = d.id) AS Targets
        FROM documents d
        """;
    // One SQL per sort and page: by id either way, or by ingestion time (then id) either way.
    private static readonly Dictionary<(string Sort, bool Next), string> PageSql = new()
    {
        [("id", false)] = ListSql + " ORDER BY d.id LIMIT @take",
        [("id", true)] = ListSql + " WHERE d.id > @id ORDER BY d.id LIMIT @take",
        [("-id", false)] = ListSql + " ORDER BY d.id DESC LIMIT @take",
        [("-id", true)] = ListSql + " WHERE d.id < @id ORDER BY d.id DESC LIMIT @take",
        [("ingestedAt", false)] = ListSql + " ORDER BY d.ingested_at, d.id LIMIT @take",
        [("ingestedAt", true)] = ListSql + " WHERE (d.ingested_at, d.id) > (@at, @id) ORDER BY d.ingested_at, d.id LIMIT @take",
        [("-ingestedAt", false)] = ListSql + " ORDER BY d.ingested_at DESC, d.id DESC LIMIT @take",
        [("-ingestedAt", true)] = ListSql + " WHERE (d.ingested_at, d.id) < (@at, @id) ORDER BY d.ingested_at DESC, d.id DESC LIMIT @take",
    };
    private const string CountSql = "SELECT COUNT(*) FROM documents";

    public Task<List<DocumentSummary>> ListAsync(string? after, int take, CancellationToken ct = default) => ListAsync("id", after, take, ct)!;

    /// A page in one of the sorts after that sort's cursor (CursorOf); null for a cursor that is not one.
    public Task<List<DocumentSummary>?> ListAsync(string sort, string? after, int take, CancellationToken ct = default) =>
        db.ReadAsync(c => List(c, sort, after, take), ct).AsTask();

    /// The same page on an open connection (the CSV of every document reads its chunks so).
    public static List<DocumentSummary>? List(DbConnection c, string sort, string? after, int take)
    {
        string? at = null, id = after;
        if (after is not null && sort.TrimStart('-') == "ingestedAt")
        {
            var bar = after.LastIndexOf('|');
            if (bar < 0) return null;
            (at, id) = (after[..bar], after[(bar + 1)..]);
        }
        return c.Query<DocumentRow>(PageSql[(sort, after is not null)], new { at, id, take }).Select(r => r.ToSummary()).ToList();
    }

    /// The cursor of a document in a sort: its id, or its stored ingestion time and id.
    public static string CursorOf(DocumentSummary d, string sort) =>
        sort.TrimStart('-') == "ingestedAt" ? d.IngestedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "|" + d.Id : d.Id;

    public Task<long> CountAsync(CancellationToken ct = default) => db.ReadAsync(c => c.ExecuteScalar<long>(CountSql), ct).AsTask();

    private const string GetSql = """
        SELECT d.id AS Id, d.title AS Title, d.published_on AS PublishedOn, d.source AS Source, d.ingested_at AS IngestedAt,
               0 AS Volumes, 0 AS Targets, d.text AS Text
        FROM documents d WHERE d.id = @id
        """;

    public Task<DocumentDetail?> GetAsync(string id, CancellationToken ct = default) =>
        db.ReadAsync(c =>
        {
            var row = c.QuerySingleOrDefault<DocumentRow>(GetSql, new { id });
            if (row is null) return null;
            var volumes = Volumes.VolumesStore.ByDocument(c, id);
            var targets = Targets.TargetsStore.ByDocument(c, id);
            return new DocumentDetail(row.Id, row.Title, row.PublishedOnDate, row.Source, DateTimeOffset.Parse(row.IngestedAt, System.Globalization.CultureInfo.InvariantCulture),
                row.Text ?? "", volumes, targets);
        }, ct).AsTask();

    private sealed class DocumentRow
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string? PublishedOn { get; init; }
        public string? Source { get; init; }
        public string IngestedAt { get; init; } = "";
        public long Volumes { get; init; }
        public long Targets { get; init; }
        public string? Text { get; init; }

        public DateOnly? PublishedOnDate => PublishedOn is null ? null : DateOnly.Parse(PublishedOn, System.Globalization.CultureInfo.InvariantCulture);
        public DocumentSummary ToSummary() =>
            new(Id, Title, PublishedOnDate, Source, DateTimeOffset.Parse(IngestedAt, System.Globalization.CultureInfo.InvariantCulture), (int)Volumes, (int)Targets);
    }
}
