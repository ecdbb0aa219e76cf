using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using TradeApi.Extraction;
using TradeApi.Facts;
using TradeApi.Infrastructure;
using TradeApi.Pairs;
using TradeApi.Storage;
using TradeApi.Targets;
using TradeApi.Volumes;

namespace TradeApi.Reviews;

/// A merge patch (RFC 7396) read and checked: the review it asks for, and the attributes it sets (a JSON null clears a nullable one).
public sealed record FactPatch(string? Review, string? Reason, IReadOnlyDictionary<string, JsonElement> Attributes);

// Reviews of stated facts: a patch applied in one write transaction that checks the revision the client saw (If-Match), keeps the
// extraction as it was beside a correction, records the change in fact_history, and keeps the pair summaries right when a
// correction moves a fact to another pair.
public static class ReviewsStore
{
    public static readonly string[] VolumeAttributeNames = ["reporter", "partner", "flow", "year", "value", "currency", "qualifier"];
    public static readonly string[] TargetAttributeNames =
        ["reporter", "partner", "flow", "kind", "value", "currency", "multiplier", "baseValue", "baseYear", "byYear", "horizon", "qualifier", "speaker"];

    public abstract record Outcome;
    public sealed record Done(object Fact, int Revision) : Outcome;
    public sealed record Missing : Outcome;
    public sealed record Stale(int Revision) : Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;

    private const string HistoryInsertSql = """
        INSERT INTO fact_history (fact, fact_id, key_name, at, action, reason, before, after)
        VALUES (@fact, @id, @by, @at, @action, @reason, @before, @after)
        """;
    private const string HistorySql = """
        SELECT id AS Id, at AS At, key_name AS By, action AS Action, reason AS Reason, before AS Before, after AS After
        FROM fact_history WHERE fact = @fact AND fact_id = @id ORDER BY id
        """;
    private const string ExistsVolumeSql = "SELECT EXISTS (SELECT 1 FROM volumes WHERE id = @id)";
    private const string ExistsTargetSql = "SELECT EXISTS (SELECT 1 FROM targets WHERE id = @id)";

    private const string UpdateVolumeSql = """
        UPDATE volumes SET reporter = @Reporter, partner = @Partner, pair_key = @Pair, flow = @Flow, year = @Year, value = @Value, currency = @Currency,
               qualifier = @Qualifier, review = @Review, review_reason = @Reason, original = @Original, revision = revision + 1
        WHERE id = @Id AND revision = @Revision
        """;
    private const string UpdateTargetSql = """
        UPDATE targets SET reporter = @Reporter, partner = @Partner, pair_key = @Pair, flow = @Flow, kind = @Kind, value = @Value, currency = @Currency,
               multiplier = @Multiplier, base_value = @BaseValue, base_year = @BaseYear, by_year = @ByYear, horizon = @Horizon, qualifier = @Qualifier,
               speaker = @Speaker, review = @Review, review_reason = @Reason, original = @Original, revision = revision + 1,
               first_read = (SELECT 
        """ + TargetsStore.FirstReadSql + """
         FROM documents d WHERE d.id = targets.document_id)
        WHERE id = @Id AND revision = @Revision
        """;

    public static void AddHistory(DbConnection c, DbTransaction tx, string fact, long id, string by, string at, string action, string? reason, string before, string after) =>
        c.Execute(HistoryInsertSql, new { fact, id, by, at, action, reason, before, after }, tx);

    /// The changes of a fact, oldest first; null when there is no such fact.
    public static List<HistoryEntry<T>>? History<T>(DbConnection c, string fact, long id) where T : class
    {
        if (c.ExecuteScalar<long>(fact == "volume" ? ExistsVolumeSql : ExistsTargetSql, new { id }) == 0) return null;
        return c.Query<HistoryRow>(HistorySql, new { fact, id })
            .Select(r => new HistoryEntry<T>(r.Id, DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture), r.By, r.Action, r.Reason,
                ReviewJson.Read<T>(r.Before), ReviewJson.Read<T>(r.After)))
            .ToList();
    }

    /// The review a patch asks for, from its review field and whether it sets attributes; an error message when they disagree.
    private static (string? State, string? Error) StateOf(FactPatch patch) => (patch.Review, patch.Attributes.Count > 0) switch
    {
        (null, false) => (null, "the patch changes nothing; give review (confirmed or rejected, with a reason) or attributes to correct"),
        (ReviewState.Unreviewed, _) => (null, "a reviewed fact is not set back to unreviewed; confirm, correct or reject it"),
        (ReviewState.Rejected, _) when string.IsNullOrWhiteSpace(patch.Reason) => (null, "a rejection needs a reason"),
        (ReviewState.Rejected or ReviewState.Confirmed, true) => (null, $"a {patch.Review} fact keeps its attributes; to change them, correct it (review corrected or none)"),
        (null or ReviewState.Corrected, true) => (ReviewState.Corrected, null),
        (ReviewState.Corrected, false) => (null, "a correction sets at least one attribute"),
        var (state, _) => (state, null),
    };

    public static Outcome PatchVolume(DbConnection c, DbTransaction tx, Upkeep upkeep, long id, int expected, FactPatch patch, string by)
    {
        var current = VolumesStore.ById(c, id, tx);
        if (current is null) return new Missing();
        if (expected >= 0 && current.Review.Revision != expected) return new Stale(current.Review.Revision);
        var (state, error) = StateOf(patch);
        var errors = new Dictionary<string, string[]>();
        if (error is not null) errors["review"] = [error];
        var before = current.Attributes();
        var a = before;
        foreach (var (name, value) in patch.Attributes)
        {
            string? problem = null;
            switch (name)
            {
                case "reporter": a = a with { Reporter = Country(value, ref problem) ?? a.Reporter }; break;
                case "partner": a = a with { Partner = Country(value, ref problem) ?? a.Partner }; break;
                case "flow": a = a with { Flow = Word(value, Flows.All, ref problem) ?? a.Flow }; break;
                case "year": a = a with { Year = Year(value, ref problem) ?? a.Year }; break;
                case "value": a = a with { Value = Amount(value, ref problem) ?? a.Value }; break;
                case "currency": a = a with { Currency = Currency(value, ref problem) ?? a.Currency }; break;
                case "qualifier": a = a with { Qualifier = Word(value, Qualifiers.All, ref problem) ?? a.Qualifier }; break;
            }
            if (problem is not null) errors[name] = [problem];
        }
        if (a.Reporter == a.Partner) errors["partner"] = [$"reporter and partner are both {a.Reporter}; a fact is between two countries"];
        if (errors.Count > 0) return new Invalid(errors);
        var original = current.Review.Original ?? (state == ReviewState.Corrected ? before : null);
        var reason = patch.Reason ?? (state == ReviewState.Confirmed ? null : current.Review.Reason);
        var pair = Gazetteer.PairKey(a.Reporter, a.Partner);
        var rows = c.Execute(UpdateVolumeSql, new
        {
            a.Reporter, a.Partner, Pair = pair, a.Flow, a.Year, Value = c.Money(a.Value), a.Currency, a.Qualifier, Review = state, Reason = reason,
            Original = original is null ? null : ReviewJson.Text(original), Id = id, Revision = current.Review.Revision,
        }, tx);
        if (rows == 0) return new Stale(current.Review.Revision);
        AddHistory(c, tx, "volume", id, by, Now(), Action(state!), patch.Reason, ReviewJson.Snapshot(before, current.Review.State, current.Review.Reason),
            ReviewJson.Snapshot(a, state!, reason));
        upkeep.PairsChanged(c, tx, [current.Pair, pair]);
        return new Done(VolumesStore.ById(c, id, tx)!, current.Review.Revision + 1);
    }

    public static Outcome PatchTarget(DbConnection c, DbTransaction tx, Upkeep upkeep, long id, int expected, FactPatch patch, string by)
    {
        var current = TargetsStore.ById(c, id, tx);
        if (current is null) return new Missing();
        if (expected >= 0 && current.Review.Revision != expected) return new Stale(current.Review.Revision);
        var (state, error) = StateOf(patch);
        var errors = new Dictionary<string, string[]>();
        if (error is not null) errors["review"] = [error];
        var before = current.Attributes();
        var a = before;
        foreach (var (name, value) in patch.Attributes)
        {
            string? problem = null;
            var isNull = value.ValueKind == JsonValueKind.Null;
            switch (name)
            {
                case "reporter": a = a with { Reporter = Country(value, ref problem) ?? a.Reporter }; break;
                case "partner": a = a with { Partner = Country(value, ref problem) ?? a.Partner }; break;
                case "flow": a = a with { Flow = Word(value, Flows.All, ref problem) ?? a.Flow }; break;
                case "kind": a = a with { Kind = Word(value, Vocabulary.Kinds, ref problem) ?? a.Kind }; break;
                case "qualifier": a = a with { Qualifier = Word(value, Qualifiers.All, ref problem) ?? a.Qualifier }; break;
                case "value": a = a with { Value = isNull ? null : Amount(value, ref problem) ?? a.Value }; break;
                case "currency": a = a with { Currency = isNull ? null : Currency(value, ref problem) ?? a.Currency }; break;
                case "multiplier": a = a with { Multiplier = isNull ? null : Multiple(value, ref problem) ?? a.Multiplier }; break;
                case "baseValue": a = a with { BaseValue = isNull ? null : Amount(value, ref problem) ?? a.BaseValue }; break;
                case "baseYear": a = a with { BaseYear = isNull ? null : Year(value, ref problem) ?? a.BaseYear }; break;
                case "byYear": a = a with { ByYear = isNull ? null : Year(value, ref problem) ?? a.ByYear }; break;
                case "horizon": a = a with { Horizon = isNull ? null : Words(value, ref problem) ?? a.Horizon }; break;
                case "speaker": a = a with { Speaker = isNull ? null : Words(value, ref problem) ?? a.Speaker }; break;
            }
            if (problem is not null) errors[name] = [problem];
        }
        if (a.Reporter == a.Partner) errors["partner"] = [$"reporter and partner are both {a.Reporter}; a target is between two countries"];
        if (errors.Count > 0) return new Invalid(errors);
        var original = current.Review.Original ?? (state == ReviewState.Corrected ? before : null);
        var reason = patch.Reason ?? (state == ReviewState.Confirmed ? null : current.Review.Reason);
        var pair = Gazetteer.PairKey(a.Reporter, a.Partner);
        var rows = c.Execute(UpdateTargetSql, new
        {
            a.Reporter, a.Partner, Pair = pair, a.Flow, a.Kind, Value = c.Money(a.Value), a.Currency, Multiplier = c.Money(a.Multiplier), BaseValue = c.Money(a.BaseValue),
            a.BaseYear, a.ByYear, a.Horizon, a.Qualifier, a.Speaker, Review = state, Reason = reason,
            Original = original is null ? null : ReviewJson.Text(original), Id = id, Revision = current.Review.Revision,
        }, tx);
        if (rows == 0) return new Stale(current.Review.Revision);
        AddHistory(c, tx, "target", id, by, Now(), Action(state!), patch.Reason, ReviewJson.Snapshot(before, current.Review.State, current.Review.Reason),
            ReviewJson.Snapshot(a, state!, reason));
        upkeep.PairsChanged(c, tx, [current.Pair, pair]);
        return new Done(TargetsStore.ById(c, id, tx)!, current.Review.Revision + 1);
    }

    private static string Action(string state) => state switch { ReviewState.Confirmed => "confirm", ReviewState.Rejected => "reject", _ => "correct" };

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);


    private static string? Country(JsonElement v, ref string? problem)
    {
        if (v.ValueKind == JsonValueKind.String && Gazetteer.Default.Resolve(v.GetString()) is { } c) return c.Iso3;
        problem = $"is a country: {CountryAttribute.Accepted}";
        return null;
    }

    private static string? Word(JsonElement v, string[] words, ref string? problem)
    {
        if (v.ValueKind == JsonValueKind.String && Vocabulary.Canonical(words, v.GetString()) is { } w) return w;
        problem = $"is one of {string.Join(", ", words)}";
        return null;
    }

    private static int? Year(JsonElement v, ref string? problem)
    {
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var y) && y is >= YearAttribute.First and <= YearAttribute.Last) return y;
        problem = $"is a year between {YearAttribute.First} and {YearAttribute.Last}";
        return null;
    }

    private static decimal? Amount(JsonElement v, ref string? problem)
    {
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) && Infrastructure.Amounts.IsAmount(d)) return d;
        problem = "is " + Infrastructure.Amounts.Accepted;
        return null;
    }

    private static decimal? Multiple(JsonElement v, ref string? problem)
    {
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) && d is >= 0.01m and <= 1000m) return d;
        problem = "is a multiple from 0.01 to 1000 (2 for a doubling)";
        return null;
    }

    private static string? Currency(JsonElement v, ref string? problem)
    {
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: 3 } s && s.All(char.IsAsciiLetter)) return s.ToUpperInvariant();
        problem = "is a three-letter ISO 4217 code such as USD";
        return null;
    }

    private static string? Words(JsonElement v, ref string? problem)
    {
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 and <= 200 } s) return s;
        problem = "is a text of 1 to 200 characters, or null";
        return null;
    }

    private sealed class HistoryRow
    {
        public long Id { get; init; }
        public string At { get; init; } = "";
        public string By { get; init; } = "";
        public string Action { get; init; } = "";
        public string? Reason { get; init; }
        public string Before { get; init; } = "{}";
        public string After { get; init; } = "{}";
    }
}
