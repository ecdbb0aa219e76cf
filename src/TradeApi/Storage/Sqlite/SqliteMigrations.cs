using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace TradeApi.Storage.Sqlite;

// Versioned schema. Append a step; never edit one that has shipped.
public static class SqliteMigrations
{
    private static readonly (int Version, string Sql, Func<DataFills, Action<DbConnection, DbTransaction>>? Then)[] Steps =
    [
        (1, """
            CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                published_on TEXT NULL,
                source TEXT NULL,
                text TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE TABLE volumes (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                reporter TEXT NOT NULL,
                partner TEXT NOT NULL,
                pair_key TEXT NOT NULL,
                flow TEXT NOT NULL CHECK (flow IN ('total','exports','imports')),
                year INTEGER NOT NULL,
                value TEXT NOT NULL,
                currency TEXT NOT NULL,
                qualifier TEXT NOT NULL,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                quote TEXT NOT NULL
            );
            CREATE INDEX ix_volumes_pair ON volumes(pair_key, year);
            CREATE INDEX ix_volumes_document ON volumes(document_id);
            CREATE TABLE targets (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                reporter TEXT NOT NULL,
                partner TEXT NOT NULL,
                pair_key TEXT NOT NULL,
                flow TEXT NOT NULL CHECK (flow IN ('total','exports','imports')),
                kind TEXT NOT NULL CHECK (kind IN ('absolute','relative')),
                value TEXT NULL,
                currency TEXT NULL,
                multiplier TEXT NULL,
                base_value TEXT NULL,
                base_year INTEGER NULL,
                by_year INTEGER NULL,
                horizon TEXT NULL,
                qualifier TEXT NOT NULL,
                speaker TEXT NULL,
                stated_as_reached INTEGER NOT NULL DEFAULT 0,
                span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL,
                quote TEXT NOT NULL
            );
            CREATE INDEX ix_targets_pair ON targets(pair_key);
            CREATE INDEX ix_targets_document ON targets(document_id);
            CREATE TABLE official_datasets (
                name TEXT PRIMARY KEY,
                source TEXT NULL,
                imported_at TEXT NOT NULL
            );
            CREATE TABLE official_flows (
                dataset TEXT NOT NULL REFERENCES official_datasets(name) ON DELETE CASCADE,
                reporter TEXT NOT NULL,
                partner TEXT NOT NULL,
                pair_key TEXT NOT NULL,
                flow TEXT NOT NULL CHECK (flow IN ('exports','imports')),
                year INTEGER NOT NULL,
                value TEXT NOT NULL,
                currency TEXT NOT NULL DEFAULT 'USD',
                PRIMARY KEY (dataset, reporter, partner, flow, year)
            );
            CREATE INDEX ix_official_pair ON official_flows(pair_key, year);
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """, null),
        // A figure the text restates in another currency ("150 billion euros ($163 billion)") is kept on its fact.
        (2, """
            ALTER TABLE volumes ADD COLUMN restated_value TEXT;
            ALTER TABLE volumes ADD COLUMN restated_currency TEXT;
            ALTER TABLE targets ADD COLUMN restated_value TEXT;
            ALTER TABLE targets ADD COLUMN restated_currency TEXT;
            """, null),
        // Readiness commits a real write here, so a full disk or a read-only file shows in /health/ready.
        (3, """
            CREATE TABLE health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL);
            """, null),
        // An import is written here in short chunks, then moved into official_flows in one transaction: all or nothing, without
        // holding the writer for the whole file.
        (4, """
            CREATE TABLE official_staging (
                token TEXT NOT NULL, reporter TEXT NOT NULL, partner TEXT NOT NULL, pair_key TEXT NOT NULL, flow TEXT NOT NULL,
                year INTEGER NOT NULL, value TEXT NOT NULL);
            CREATE INDEX official_staging_token ON official_staging (token);
            """, null),
        // Every pair at full scale (its pair summary is built at step 6, by today's code): official figures clustered by pair and year, with a reporter's exports and imports of a year side by
        // side (OfficialFigures.WithTotals adds their total as it reads them, the one rule), one covering index in year order for the flat
        // list, and a pair summary kept by writes instead of aggregated on each request. Country filters seek the pair key (every pair a
        // country can be in), so two trees are all an import has to write. Official figures are US dollars by definition of the import: no currency
        // column. Imports stage in a file of their own now, beside the database, so staging never holds the database's write lock.
        (5, """
            CREATE TABLE official_figures (
                pair_key TEXT NOT NULL, year INTEGER NOT NULL, reporter TEXT NOT NULL, dataset TEXT NOT NULL,
                flow TEXT NOT NULL CHECK (flow IN ('exports','imports')), partner TEXT NOT NULL, value TEXT NOT NULL,
                PRIMARY KEY (pair_key, year, reporter, dataset, flow)
            ) WITHOUT ROWID;
            INSERT INTO official_figures (pair_key, year, reporter, dataset, flow, partner, value)
                SELECT pair_key, year, reporter, dataset, flow, partner, value FROM official_flows;
            DROP TABLE official_flows;
            CREATE INDEX ix_official_year ON official_figures (year, reporter, partner, dataset, flow, value);
            ALTER TABLE official_datasets ADD COLUMN rows INTEGER NOT NULL DEFAULT 0;
            DROP TABLE official_staging;
            CREATE INDEX ix_volumes_year ON volumes (year);
            CREATE INDEX ix_volumes_reporter ON volumes (reporter, year);
            CREATE INDEX ix_volumes_partner ON volumes (partner, year);
            CREATE TABLE pair_summary (
                pair_key TEXT PRIMARY KEY, first_year INTEGER, last_year INTEGER,
                stated INTEGER NOT NULL, official INTEGER NOT NULL, targets INTEGER NOT NULL,
                latest_year INTEGER, latest_value TEXT, latest_currency TEXT, latest_source TEXT,
                currencies TEXT NOT NULL
            ) WITHOUT ROWID;
            """, _ => (c, tx) => c.Execute("UPDATE official_datasets SET rows = (SELECT COUNT(*) FROM official_figures f WHERE f.dataset = name)", transaction: tx)),
        // Reviewed facts: a confidence from the extractor's rules, a review state with its reason, the extraction as it was kept when
        // an analyst corrects it (JSON), orphaned when a re-extraction no longer finds a reviewed fact, a revision for If-Match, and
        // the history of every change. Facts stored before this step get their confidence from the extractor run again on their text.
        (6, """
            ALTER TABLE volumes ADD COLUMN confidence TEXT;
            ALTER TABLE volumes ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed','confirmed','corrected','rejected'));
            ALTER TABLE volumes ADD COLUMN review_reason TEXT;
            ALTER TABLE volumes ADD COLUMN original TEXT;
            ALTER TABLE volumes ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE volumes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE targets ADD COLUMN confidence TEXT;
            ALTER TABLE targets ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed','confirmed','corrected','rejected'));
            ALTER TABLE targets ADD COLUMN review_reason TEXT;
            ALTER TABLE targets ADD COLUMN original TEXT;
            ALTER TABLE targets ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE targets ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
            CREATE TABLE fact_history (
                id INTEGER PRIMARY KEY,
                fact TEXT NOT NULL CHECK (fact IN ('volume','target')),
                fact_id INTEGER NOT NULL,
                key_name TEXT NOT NULL,
                at TEXT NOT NULL,
                action TEXT NOT NULL,
                reason TEXT,
                before TEXT NOT NULL,
                after TEXT NOT NULL
            );
            CREATE INDEX ix_fact_history ON fact_history (fact, fact_id, id);
            """, fills => (c, tx) =>
            {
                fills.Confidence(c, tx);
                // The pair summary is built here, not in step 5: it is built by today's code, which reads the columns this step adds
                // (a database already at step 5 has its summary built again, the same).
                fills.PairSummaries(c, tx);
            }),
        // Exchange rates (annual averages, units per US dollar), imported like official figures, so stated figures in other
        // currencies can be set beside the official dollar figures; and what a stated figure counts (goods, or goods and services),
        // which the claim check needs: official customs figures count goods only. Stored figures get it from the extractor run again.
        (7, """
            CREATE TABLE rates (
                currency TEXT NOT NULL, year INTEGER NOT NULL, units_per_usd TEXT NOT NULL, source TEXT NULL,
                PRIMARY KEY (currency, year)
            ) WITHOUT ROWID;
            ALTER TABLE volumes ADD COLUMN coverage TEXT NULL CHECK (coverage IN ('goods','goodsAndServices'));
            """, fills => fills.Coverage),
        // Each dataset's SHA-256 as imported, so a user can tell which file a dataset came from.
        (8, "ALTER TABLE official_datasets ADD COLUMN checksum TEXT NULL;", null),
        // A pair's summary counts its changes, so what is derived from a pair's facts (its targets' evaluations) can be kept until
        // they change.
        (9, "ALTER TABLE pair_summary ADD COLUMN version INTEGER NOT NULL DEFAULT 0;", null),
        // Each target's judgement (status and the evaluation it came from, JSON) stored and kept by the writes that change its inputs,
        // so target lists filter and page on columns instead of judging every target per request; and per pair, direction and year
        // the first stated figure (the one a target is judged by), so a new document's targets are judged without reading every
        // figure of their pair. exporter is '' for a two-way total, else the country the goods leave. A pair's volumes page reads its stated rows
        // in the view's order from ix_volumes_view (PostgreSQL sorted the whole pair for each page: 171 ms for a pair of 7,000 rows, 2 ms now).
        (10, """
            CREATE TABLE stated_firsts (
                pair_key TEXT NOT NULL, exporter TEXT NOT NULL, year INTEGER NOT NULL, volume_id INTEGER NOT NULL,
                reporter TEXT NOT NULL, flow TEXT NOT NULL, value TEXT NOT NULL, currency TEXT NOT NULL,
                PRIMARY KEY (pair_key, exporter, year)
            ) WITHOUT ROWID;
            ALTER TABLE targets ADD COLUMN status TEXT NULL;
            ALTER TABLE targets ADD COLUMN judgement TEXT NULL;
            CREATE INDEX ix_volumes_view ON volumes (pair_key, year, reporter, flow, id);
            CREATE INDEX ix_targets_status ON targets (status, id);
            CREATE INDEX ix_targets_pair_status ON targets (pair_key, status, review);
            ALTER TABLE targets ADD COLUMN first_read INTEGER NULL;
            UPDATE targets SET first_read = (SELECT COALESCE(CAST(SUBSTR(d.published_on, 1, 4) AS INTEGER), targets.base_year + 1, 1900) - 1
                                             FROM documents d WHERE d.id = targets.document_id);
            CREATE INDEX ix_targets_direction ON targets (pair_key, currency, flow, first_read);
            CREATE INDEX ix_targets_by_year ON targets ((COALESCE(by_year, 2147483647)), id);
            """, fills => fills.Judgements),
    ];

    public static int Latest => Steps[^1].Version;

    /// Brings the schema up to the latest version (or to upTo, which tests use to build an older database).
    public static int Apply(DbConnection c, DataFills fills, int upTo = int.MaxValue)
    {
        c.Execute("PRAGMA journal_mode=WAL;");
        c.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        var current = c.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version") ?? 0;
        SchemaTooNewException.ThrowIfNewer(current, Latest);
        var applied = 0;
        foreach (var (version, sql, then) in Steps)
        {
            if (version <= current || version > upTo) continue;
            using var tx = ((SqliteConnection)c).BeginTransaction(deferred: false);
            c.Execute(sql, transaction: tx);
            then?.Invoke(fills)(c, tx);
            c.Execute("INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                new { version, at = DateTimeOffset.UtcNow.ToString("O") }, tx);
            tx.Commit();
            applied++;
        }
        return applied;
    }
}
