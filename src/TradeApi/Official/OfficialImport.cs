using System.Globalization;
using Dapper;
using TradeApi.Extraction;
using TradeApi.Pairs;
using TradeApi.Storage;

namespace TradeApi.Official;

// UN Comtrade-layout CSV: refYear, reporterISO, partnerISO, flowCode (X export, M import), primaryValue in USD. Other columns are ignored.
public sealed class OfficialImport(Db db)
{
    public sealed record RowError(int Line, string Problem);
    public sealed record Result(string Dataset, int Rows, IReadOnlyList<RowError> Errors);

    private sealed record Flow(string Reporter, string Partner, string PairKey, string Flow_, int Year, decimal Value);

    /// <summary>Largest yearly value accepted (US dollars): world trade is about 2.5e13, so sums of figures can never overflow.</summary>
    public const decimal MaxValue = 1e15m;

    public static (List<(string Reporter, string Partner, string Flow, int Year, decimal Value)> Rows, List<RowError> Errors) Parse(TextReader reader)
    {
        var rows = new List<(string, string, string, int, decimal)>();
        var errors = new List<RowError>();
        var physical = 0;
        var header = ReadRecord(reader, ref physical);
        if (header is null)
        {
            errors.Add(new RowError(1, "the file is empty; expected a header with refYear, reporterISO, partnerISO, flowCode, primaryValue"));
            return (rows, errors);
        }
        var cols = SplitCsv(header).Select(h => h.Trim().Trim('\uFEFF')).ToList();
        int Col(string name) => cols.FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        int iy = Col("refYear"), ir = Col("reporterISO"), ip = Col("partnerISO"), ifl = Col("flowCode"), iv = Col("primaryValue");
        var missing = new[] { ("refYear", iy), ("reporterISO", ir), ("partnerISO", ip), ("flowCode", ifl), ("primaryValue", iv) }.Where(x => x.Item2 < 0).Select(x => x.Item1).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new RowError(1, $"header lacks {string.Join(", ", missing)}; expected the UN Comtrade columns refYear, reporterISO, partnerISO, flowCode, primaryValue"));
            return (rows, errors);
        }
        var line = 1;
        var seen = new HashSet<(string, string, string, int)>();
        while (ReadRecord(reader, ref physical) is { } text)
        {
            // A record is numbered by the line it starts on.
            line = physical - text.AsSpan().Count('\n');
            if (text.Trim().Length == 0) continue;
            var f = SplitCsv(text);
            string Field(int i) => i < f.Count ? f[i].Trim() : "";
            var problems = new List<string>();
            if (!int.TryParse(Field(iy), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2100)
                problems.Add($"refYear '{Field(iy)}' is not a year between 1900 and 2100");
            var reporter = Gazetteer.Default.Resolve(Field(ir));
            var partner = Gazetteer.Default.Resolve(Field(ip));
            if (reporter is null) problems.Add($"reporterISO '{Field(ir)}' is not an ISO 3166-1 country code");
            if (partner is null) problems.Add($"partnerISO '{Field(ip)}' is not an ISO 3166-1 country code");
            if (reporter is not null && partner is not null && reporter.Iso3 == partner.Iso3) problems.Add("reporter and partner are the same country");
            var flow = Field(ifl).ToUpperInvariant() switch { "X" => "exports", "M" => "imports", _ => null };
            if (flow is null) problems.Add($"flowCode '{Field(ifl)}' is neither X (export) nor M (import)");
            if (!decimal.TryParse(Field(iv), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
                problems.Add($"primaryValue '{Field(iv)}' is not a non-negative number of US dollars");
            else if (value > MaxValue)
                problems.Add($"primaryValue '{Field(iv)}' is above {MaxValue:E0} US dollars, more than any country's yearly trade");
            if (problems.Count == 0 && !seen.Add((reporter!.Iso3, partner!.Iso3, flow!, year)))
                problems.Add($"a second row for {reporter.Iso3}-{partner.Iso3} {flow} {year}");
            if (problems.Count > 0) errors.Add(new RowError(line, string.Join("; ", problems)));
            else rows.Add((reporter!.Iso3, partner!.Iso3, flow!, year, value));
        }
        if (rows.Count == 0 && errors.Count == 0) errors.Add(new RowError(line, "the file has a header but no rows"));
        return (rows, errors);
    }

    // One RFC 4180 record: a quoted field may hold line breaks, so lines are joined while a quote is open.
    private static string? ReadRecord(TextReader reader, ref int physical)
    {
        var text = reader.ReadLine();
        if (text is null) return null;
        physical++;
        while (text.AsSpan().Count('"') % 2 == 1 && reader.ReadLine() is { } more)
        {
            physical++;
            text += "\n" + more;
        }
        return text;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    private const string UpsertDatasetSql = """
        INSERT INTO official_datasets (name, source, imported_at) VALUES (@name, @source, @at)
        ON CONFLICT (name) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at
        """;
    private const string ClearSql = "DELETE FROM official_flows WHERE dataset = @name";
    private const string DeleteDatasetSql = "DELETE FROM official_datasets WHERE name = @name";

    /// <summary>Removes a dataset and all its figures in one transaction; false when there is no such dataset.</summary>
    public async Task<bool> DeleteAsync(string dataset, CancellationToken ct = default) =>
        await db.WriteAsync((c, tx) =>
        {
            c.Execute(ClearSql, new { name = dataset }, tx);
            var deleted = c.Execute(DeleteDatasetSql, new { name = dataset }, tx) > 0;
            if (deleted) DataVersion.Bump(c, tx);
            return deleted;
        }, ct);

    /// <summary>Rows written per staging transaction; other writers get the database between chunks.</summary>
    public const int ChunkRows = 5_000;

    private const string StageSql = """
        INSERT INTO official_staging (token, reporter, partner, pair_key, flow, year, value)
        VALUES (@token, @reporter, @partner, @pairKey, @flow, @year, @value)
        """;
    private const string SwapSql = """
        INSERT INTO official_flows (dataset, reporter, partner, pair_key, flow, year, value, currency)
        SELECT @name, reporter, partner, pair_key, flow, year, value, 'USD' FROM official_staging WHERE token = @token
        """;
    private const string UnstageSql = "DELETE FROM official_staging WHERE token = @token";
    // Chunks of an import that died (a killed process) are dropped by the next import after an hour; tokens start with the time.
    private const string StaleSql = "DELETE FROM official_staging WHERE token < @cutoff";

    /// Imports a whole file or nothing: any bad row rejects it, with every bad row listed by line number. The rows are staged in
    /// chunks of ChunkRows, each its own short write, and moved in one transaction at the end, so documents posted during a long
    /// import wait for one chunk, not for the file; readers see the old dataset until the move commits.
    public async Task<Result> ImportAsync(string dataset, string? source, TextReader reader, CancellationToken ct = default)
    {
        var (rows, errors) = Parse(reader);
        if (errors.Count > 0) return new Result(dataset, 0, errors);
        var now = DateTimeOffset.UtcNow;
        var token = $"{now.ToUnixTimeSeconds():D12}-{Guid.NewGuid():N}";
        try
        {
            for (var from = 0; from < rows.Count; from += ChunkRows)
            {
                var chunk = rows.GetRange(from, Math.Min(ChunkRows, rows.Count - from));
                await db.WriteAsync((c, tx) =>
                {
                    foreach (var r in chunk)
                        c.Execute(StageSql, new
                        {
                            token, reporter = r.Reporter, partner = r.Partner, pairKey = PairKey.Of(r.Reporter, r.Partner), flow = r.Flow, year = r.Year,
                            value = r.Value.ToString(CultureInfo.InvariantCulture),
                        }, tx);
                    return chunk.Count;
                }, ct);
            }
            await db.WriteAsync((c, tx) =>
            {
                c.Execute(StaleSql, new { cutoff = $"{now.AddHours(-1).ToUnixTimeSeconds():D12}" }, tx);
                c.Execute(UpsertDatasetSql, new { name = dataset, source, at = now.ToString("O") }, tx);
                c.Execute(ClearSql, new { name = dataset }, tx);
                c.Execute(SwapSql, new { name = dataset, token }, tx);
                c.Execute(UnstageSql, new { token }, tx);
                DataVersion.Bump(c, tx);
                return rows.Count;
            }, ct);
        }
        catch
        {
            // Best effort: a failed import leaves no staged rows behind (if this fails too, the next import drops them).
            try { await db.WriteAsync((c, tx) => c.Execute(UnstageSql, new { token }, tx), CancellationToken.None); }
            catch (Exception cleanup) when (cleanup is Microsoft.Data.Sqlite.SqliteException or Polly.Timeout.TimeoutRejectedException
                                            or Polly.CircuitBreaker.BrokenCircuitException) { }
            throw;
        }
        return new Result(dataset, rows.Count, []);
    }
}
