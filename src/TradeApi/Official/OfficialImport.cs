using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using TradeApi.Extraction;
using TradeApi.Infrastructure;
using TradeApi.Storage;

namespace TradeApi.Official;

/// <summary>Where an import has got to: bytes of the input read (compressed bytes for gzip), rows accepted so far.</summary>
public readonly record struct ImportProgress(long BytesRead, long? TotalBytes, long Rows, string Phase);

// UN Comtrade-layout CSV, plain or gzip, streamed: refYear, reporterISO or reporterCode (M49), partnerISO or partnerCode, flowCode
// (X export, M import), primaryValue in USD. Other columns are ignored, except the ones that mark a row as a breakdown of a total
// (cmdCode other than TOTAL, partner2Code, motCode, customsCode) or a flow that is not a primary export or import (RX, RM): those
// rows are skipped and counted, as are rows with the World as partner.
public sealed class OfficialImport(Db db, Upkeep upkeep)
{
    public sealed record Result(string Dataset, int Rows, int Skipped, IReadOnlyList<RowError> Errors, int ErrorCount);

    /// <summary>Largest yearly value accepted (US dollars): world trade is about 2.5e13, so sums of figures can never overflow.</summary>
    public const decimal MaxValue = 1e15m;

    /// <summary>Rows written per staging transaction (and between progress reports).</summary>
    public const int ChunkRows = 20_000;

    private static readonly Dictionary<string, int> CountryIndex =
        Gazetteer.Default.Countries.Select((c, i) => (c.Iso3, i)).ToDictionary(x => x.Iso3, x => x.i, StringComparer.Ordinal);

    private sealed class Header
    {
        public int Year = -1, Reporter = -1, Partner = -1, Flow = -1, Value = -1, Cmd = -1, Partner2 = -1, Mot = -1, Customs = -1;
        public bool ReporterIsCode, PartnerIsCode;
        public int Max;
    }

    private static Header? ReadHeader(string line, out string? problem)
    {
        var cols = Infrastructure.CsvResult.Split(line).Select(h => h.Trim().Trim('\uFEFF')).ToList();
        int Col(string name) => cols.FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        var h = new Header { Year = Col("refYear"), Flow = Col("flowCode"), Value = Col("primaryValue"), Cmd = Col("cmdCode"), Partner2 = Col("partner2Code"),
            Mot = Col("motCode"), Customs = Col("customsCode") };
        (h.Reporter, h.ReporterIsCode) = Col("reporterISO") is >= 0 and var ri ? (ri, false) : (Col("reporterCode"), true);
        (h.Partner, h.PartnerIsCode) = Col("partnerISO") is >= 0 and var pi ? (pi, false) : (Col("partnerCode"), true);
        var missing = new[] { ("refYear", h.Year), ("reporterISO or reporterCode", h.Reporter), ("partnerISO or partnerCode", h.Partner), ("flowCode", h.Flow), ("primaryValue", h.Value) }
            .Where(x => x.Item2 < 0).Select(x => x.Item1).ToList();
        problem = missing.Count > 0
            ? $"header lacks {string.Join(", ", missing)}; expected the UN Comtrade columns refYear, reporterISO (or M49 reporterCode), partnerISO (or partnerCode), flowCode, primaryValue"
            : null;
        h.Max = new[] { h.Year, h.Reporter, h.Partner, h.Flow, h.Value, h.Cmd, h.Partner2, h.Mot, h.Customs }.Max();
        return problem is null ? h : null;
    }


    private sealed class CountryCache(bool numeric)
    {
        private readonly Dictionary<string, int> _known = new(StringComparer.Ordinal);

        public int Resolve(ReadOnlySpan<char> field)
        {
            var lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(field, out var index)) return index;
            var country = numeric ? Gazetteer.Default.ResolveNumber(field) : Gazetteer.Default.Resolve(field.ToString());
            index = country is null ? -1 : CountryIndex[country.Iso3];
            if (_known.Count < 10_000) _known[field.ToString()] = index;
            return index;
        }
    }

    /// Reads, checks and stages a whole file, then moves it into place in one transaction: any bad row rejects the file, with every bad
    /// row listed by line number (the first RowErrors.MaxListed). Rows are staged in a file of their own beside the database (see Staging),
    /// so documents posted during a long import do not wait for the reading at all, only for the final move; readers see the old dataset
    /// until the move commits. Memory stays bounded: one chunk, a bit set for duplicate rows, the set of pairs touched.
    public async Task<Result> ImportAsync(string dataset, string? source, Stream input, long? totalBytes = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var counted = new CountingStream(input, long.MaxValue, "input") { Hash = sha };
        using var text_ = await CsvInput.OpenTextAsync(counted, ct);
        var reader = new CsvLineReader(text_);
        var errors = new RowErrors();

        var countries = Gazetteer.Default.Countries.Count;
        var seen = new System.Collections.BitArray(checked(countries * countries * 2 * 201));
        var pairs = new HashSet<int>();
        var chunk = new List<StagedRow>(ChunkRows + 1);
        var pairKeys = new Dictionary<int, string>();
        // Parsing and staging run side by side (two cores): the parser hands over full chunks, at most two waiting.
        var handOver = System.Threading.Channels.Channel.CreateBounded<List<StagedRow>>(2);
        var now = DateTimeOffset.UtcNow;
        int rows = 0, skipped = 0, physical = 0, line = 0;
        using var staging = db.Store.Stage(now, dataset);
        var stager = Task.Run(async () =>
        {
            try
            {
                await foreach (var full in handOver.Reader.ReadAllAsync(CancellationToken.None)) staging.Write(full);
            }
            catch (Exception e)
            {
                // A staging write that fails (a full disk, a server gone) closes the hand-over with its error, so the parser stops at
                // its next chunk instead of waiting for ever on a writer that died.
                handOver.Writer.TryComplete(e);
                throw;
            }
        }, CancellationToken.None);
        try
        {
            var (headerLine, headerLines) = await CsvInput.ReadRecordAsync(reader, ct);
            physical += headerLines;
            Header? header = null;
            if (headerLine is null) errors.Add(1, "the file is empty; expected a header with refYear, reporterISO, partnerISO, flowCode, primaryValue");
            else if ((header = ReadHeader(headerLine, out var headerProblem)) is null) errors.Add(1, headerProblem!);
            if (header is null) return new Result(dataset, 0, 0, errors.Listed, errors.Count);

            var reporters = new CountryCache(header.ReporterIsCode);
            var partners = new CountryCache(header.PartnerIsCode);
            var fields = new CsvFields();
            var problems = new List<string>();
            while (await CsvInput.ReadRecordAsync(reader, ct) is (string text, var lines))
            {
                physical += lines;
                // A record is numbered by the line it starts on.
                line = physical - text.AsSpan().Count('\n');
                if (text.AsSpan().Trim().Length == 0) continue;
                fields.Load(text);
                if (IsBreakdown(fields, header))
                {
                    skipped++;
                    continue;
                }
                problems.Clear();
                var yearField = fields[header.Year];
                if (!int.TryParse(yearField, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2100)
                    problems.Add($"refYear '{Cut(yearField)}' is not a year between 1900 and 2100");
                var reporter = reporters.Resolve(fields[header.Reporter]);
                var partner = partners.Resolve(fields[header.Partner]);
                if (reporter < 0) problems.Add(header.ReporterIsCode ? $"reporterCode '{Cut(fields[header.Reporter])}' is not an M49 country code" : $"reporterISO '{Cut(fields[header.Reporter])}' is not an ISO 3166-1 country code");
                if (partner < 0) problems.Add(header.PartnerIsCode ? $"partnerCode '{Cut(fields[header.Partner])}' is not an M49 country code" : $"partnerISO '{Cut(fields[header.Partner])}' is not an ISO 3166-1 country code");
                if (reporter >= 0 && reporter == partner) problems.Add("reporter and partner are the same country");
                var flowField = fields[header.Flow];
                bool? exports = flowField.Equals("X", StringComparison.OrdinalIgnoreCase) ? true : flowField.Equals("M", StringComparison.OrdinalIgnoreCase) ? false : null;
                if (exports is null) problems.Add($"flowCode '{Cut(flowField)}' is neither X (export) nor M (import)");
                var valueField = fields[header.Value];
                if (!decimal.TryParse(valueField, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
                    problems.Add($"primaryValue '{Cut(valueField)}' is not a non-negative number of US dollars");
                else if (value > MaxValue)
                    problems.Add($"primaryValue '{Cut(valueField)}' is above {MaxValue:E0} US dollars, more than any country's yearly trade");
                else if (value is > 0 and < Infrastructure.Amounts.Min)
                    problems.Add($"primaryValue '{Cut(valueField)}' is below one cent; give 0 or at least 0.01 US dollars");
                if (problems.Count == 0)
                {
                    var bit = ((reporter * countries + partner) * 2 + (exports!.Value ? 1 : 0)) * 201 + (year - 1900);
                    if (seen[bit]) problems.Add($"a second row for {Iso3(reporter)}-{Iso3(partner)} {(exports.Value ? "exports" : "imports")} {year}");
                    seen[bit] = true;
                }
                if (problems.Count > 0)
                {
                    errors.Add(line, string.Join("; ", problems));
                    continue;
                }
                if (errors.Count > 0) continue;
                rows++;
                var pairIndex = Math.Min(reporter, partner) * countries + Math.Max(reporter, partner);
                pairs.Add(pairIndex);
                if (!pairKeys.TryGetValue(pairIndex, out var pairKey)) pairKeys[pairIndex] = pairKey = Gazetteer.PairKey(Iso3(reporter), Iso3(partner));
                chunk.Add(new StagedRow(pairKey, year, Iso3(reporter), exports!.Value ? "exports" : "imports", Iso3(partner),
                    IsCanonical(valueField) ? valueField.ToString() : value.ToString(CultureInfo.InvariantCulture)));
                if (chunk.Count >= ChunkRows)
                {
                    await handOver.Writer.WriteAsync(chunk, ct);
                    chunk = new List<StagedRow>(ChunkRows + 1);
                    progress?.Report(new ImportProgress(counted.Count, totalBytes, rows, "reading"));
                    ct.ThrowIfCancellationRequested();
                }
            }
            if (rows == 0 && errors.Count == 0) errors.Add(line + 1, "the file has a header but no rows");
            if (errors.Count > 0) return new Result(dataset, 0, skipped, errors.Listed, errors.Count);
            await handOver.Writer.WriteAsync(chunk, ct);
            handOver.Writer.Complete();
            await stager;
            progress?.Report(new ImportProgress(counted.Count, totalBytes, rows, "storing"));
            var keys = pairs.Select(k => Gazetteer.PairKey(Iso3(k / countries), Iso3(k % countries))).ToList();
            staging.Close();
            // The body as sent (gzip bytes for a gzip body), read to its end by now: what a user compares with their file's sha256sum.
            var checksum = "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
            await db.WriteAsync((c, tx) => Swap(c, tx, upkeep, staging, dataset, source, rows, keys, now, checksum), staging.Around, ct);
            progress?.Report(new ImportProgress(counted.Count, totalBytes, rows, "done"));
            return new Result(dataset, rows, skipped, [], 0);
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // The stager failed: its own error is the answer (a full disk is 507, a lost server 503).
            await stager;
            throw;
        }
        catch (CsvRecordTooLongException e)
        {
            errors.Add(physical + e.LinesIntoRecord, $"the record is longer than {CsvInput.MaxRecordChars:N0} characters (no line break, or a quote left open); nothing was read past it");
            return new Result(dataset, 0, skipped, errors.Listed, errors.Count);
        }
        finally
        {
            // However the reading ended, the stager finishes before the staging file goes.
            handOver.Writer.TryComplete();
            try { await stager; }
            catch (Exception) when (!stager.IsCompletedSuccessfully) { }
        }
    }

    private static string Iso3(int index) => Gazetteer.Default.Countries[index].Iso3;

    // Whole dollars written plainly ("52000000") are stored as given; anything else ("5.2e7", "052", "1.50") as the decimal reads it.
    private static bool IsCanonical(ReadOnlySpan<char> field) =>
        field.Length is > 0 and <= 16 && !field.ContainsAnyExceptInRange('0', '9') && (field.Length == 1 || field[0] != '0');

    private static string Cut(ReadOnlySpan<char> field) => field.Length <= 40 ? field.ToString() : string.Concat(field[..40], "…");

    // A row that splits a total (by commodity, second partner, mode of transport, customs procedure), a re-export or re-import, or
    // trade with the World: not one pair's primary goods flow.
    private static bool IsBreakdown(CsvFields f, Header h)
    {
        if (h.Cmd >= 0 && !f[h.Cmd].Equals("TOTAL", StringComparison.OrdinalIgnoreCase)) return true;
        if (h.Partner2 >= 0 && f[h.Partner2] is { Length: > 0 } p2 && !p2.SequenceEqual("0")) return true;
        if (h.Mot >= 0 && f[h.Mot] is { Length: > 0 } mot && !mot.SequenceEqual("0")) return true;
        if (h.Customs >= 0 && f[h.Customs] is { Length: > 0 } cu && !cu.Equals("C00", StringComparison.OrdinalIgnoreCase)) return true;
        var flow = f[h.Flow];
        if (flow.Equals("RX", StringComparison.OrdinalIgnoreCase) || flow.Equals("RM", StringComparison.OrdinalIgnoreCase)) return true;
        var partner = f[h.Partner];
        return h.PartnerIsCode ? partner.SequenceEqual("0") : partner.Equals("W00", StringComparison.OrdinalIgnoreCase) || partner.Equals("WLD", StringComparison.OrdinalIgnoreCase);
    }

    private const string OldKeysSql = "SELECT pair_key FROM pair_summary WHERE official > 0";
    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM official_datasets WHERE name = @name)";
    /// <summary>Removes a dataset's figures (the delete endpoint; an import replaces them through its staging).</summary>
    private const string ClearSql = "DELETE FROM official_figures WHERE dataset = @name";
    private const string UpsertDatasetSql = """
        INSERT INTO official_datasets (name, source, imported_at, rows, checksum) VALUES (@name, @source, @at, @rows, @checksum)
        ON CONFLICT (name) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at, rows = excluded.rows, checksum = excluded.checksum
        """;

    private static int Swap(DbConnection c, DbTransaction tx, Upkeep upkeep, IImportStaging staging, string dataset, string? source, int rows, List<string> newKeys, DateTimeOffset now, string checksum)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var keys = new HashSet<string>(newKeys, StringComparer.Ordinal);
        var replacing = c.ExecuteScalar<long>(ExistsSql, new { name = dataset }, tx) == 1;
        if (replacing) keys.UnionWith(c.Query<string>(OldKeysSql, transaction: tx));
        staging.Replace(c, tx, dataset, replacing);
        Trace("move", clock);
        c.Execute(UpsertDatasetSql, new { name = dataset, source, at = now.ToString("O"), rows, checksum }, tx);
        upkeep.PairsChanged(c, tx, keys);
        Trace("summary", clock);
        return rows;
    }

    private static void Trace(string step, System.Diagnostics.Stopwatch clock)
    {
        if (Environment.GetEnvironmentVariable("TRADEAPI_TRACE_IMPORT") == "1") Console.Error.WriteLine($"  {step}: {clock.Elapsed.TotalSeconds:N1} s");
    }

    private const string DeleteDatasetSql = "DELETE FROM official_datasets WHERE name = @name";

    /// <summary>Removes a dataset and all its figures in one transaction; false when there is no such dataset.</summary>
    public async Task<bool> DeleteAsync(string dataset, CancellationToken ct = default) =>
        await db.WriteAsync((c, tx) =>
        {
            var deleted = c.Execute(DeleteDatasetSql, new { name = dataset }, tx) > 0;
            if (!deleted) return false;
            var keys = c.Query<string>(OldKeysSql, transaction: tx).ToList();
            c.Execute(ClearSql, new { name = dataset }, tx, commandTimeout: 0);
            upkeep.PairsChanged(c, tx, keys);
            return true;
        }, ct);
}

