using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using System.Reflection;
using TradeApi.Extraction;

namespace TradeApi.Infrastructure;

/// A value (or, with Multiple, a comma-separated list of values) from one vocabulary, in any case.
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(string vocabulary) : ValidationAttribute
{
    public string[] Values { get; } = Vocabulary.Of(vocabulary);
    public bool Multiple { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string s) return ValidationResult.Success;
        var parts = Multiple ? Vocabulary.Split(s) : [s];
        var bad = parts.FirstOrDefault(p => Vocabulary.Canonical(Values, p) is null) ?? (parts.Length == 0 ? s : null);
        return bad is null ? ValidationResult.Success
            : new ValidationResult($"'{Text.Truncate(bad)}' is not one of {string.Join(", ", Values)}", [context.MemberName!]);
    }
}

/// A fact id in a path: the contract declares a positive 64-bit integer (as `id` is in bodies); the handler reads the text itself so that
/// "abc" answers a problem naming the parameter rather than a bare route miss.
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FactIdAttribute : Attribute;

/// A country in any accepted form (or, with Multiple, a comma-separated list of them).
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CountryAttribute : ValidationAttribute
{
    public const string Accepted = "use ISO 3166-1 alpha-2 (BY) or alpha-3 (BLR), a UN M49 number (112) or an English name (Belarus)";

    /// <summary>Most countries one filter may name: a cost bound per request.</summary>
    public const int MaxListed = 20;
    public bool Multiple { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string s) return ValidationResult.Success;
        var parts = Multiple ? Vocabulary.Split(s) : [s];
        // Each country is one index range to read: 249 of them made one page cost seconds and a CSV minutes.
        if (parts.Length > MaxListed)
            return new ValidationResult($"names {parts.Length} countries; a filter names at most {MaxListed} (each is a separate index range to read)", [context.MemberName!]);
        var bad = parts.FirstOrDefault(p => Gazetteer.Default.Resolve(p) is null) ?? (parts.Length == 0 ? s : null);
        return bad is null ? ValidationResult.Success : new ValidationResult($"unknown country '{Text.Truncate(bad)}'; {Accepted}", [context.MemberName!]);
    }

    /// The alpha-3 codes of a validated value, in the order given, without repeats.
    public static IReadOnlyList<string> Codes(string? value) =>
        Vocabulary.Split(value).Select(p => Gazetteer.Default.Resolve(p)!.Iso3).Distinct().ToList();
}

/// A year the service accepts.
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class YearAttribute() : RangeAttribute(First, Last)
{
    public const int First = 1900;
    public const int Last = 2100;

    public override string FormatErrorMessage(string name) => $"must be a year between {First} and {Last}";
}

public static class Text
{
    public static string Truncate(string s) => s.Length > 60 ? s[..60] + "…" : s;
}

/// format=json|csv and the CSV byte-order mark: on every endpoint that can answer CSV.
public record FormatQuery
{
    [Description("json or csv; overrides the Accept header (Accept: text/csv works too). Case-insensitive.")]
    [OneOf(nameof(Vocabulary.Formats))]
    public string? Format { get; init; }

    [Description("With CSV: start the file with a UTF-8 byte-order mark, so spreadsheet programs read accented names right. Default false.")]
    public bool? Bom { get; init; }

    [Description("With CSV: after each country code column (reporter, partner, a, b) a column with the country's English name (reporterName, ...). Default false; JSON rows carry codes, and GET /api/v1/countries gives the names.")]
    public bool? Names { get; init; }
}

/// Keyset paging: limit, the cursor of the previous page, and an optional total.
public record PageQuery : FormatQuery
{
    [Description("Rows per page, 1 to 1000 (default 100). CSV without a limit is every matching row in one answer, streamed.")]
    [Range(1, Paging.MaxLimit, ErrorMessage = "must be between 1 and 1000")]
    public int? Limit { get; init; }

    [Description("Opaque cursor from the previous page's nextCursor (or its Link header, rel=\"next\"); omit it for the first page.")]
    [MaxLength(400, ErrorMessage = "is not a cursor this API issued")]
    public string? Cursor { get; init; }

    [Description("true adds `total`, the number of rows matching the filters over all pages (it reads them all; default false).")]
    public bool? Count { get; init; }
}

/// The review filters of every fact list.
public interface IReviewQuery
{
    string? Review { get; }
    decimal? MinConfidence { get; }
}

public static class ReviewFilter
{
    public const string ReviewDescription = "Review states to show, comma-separated (unreviewed, confirmed, corrected, rejected), or all; default every state but rejected. Official rows have none: a review filter leaves them out.";
    public const string ConfidenceDescription = "Only facts whose confidence is at least this (0 to 1); official rows have none and are left out.";

    public static IReadOnlyList<string> States(IReviewQuery q) => Vocabulary.Split(q.Review).Select(s => Vocabulary.Canonical(Vocabulary.ReviewFilters, s)!).Distinct().ToList();

    /// Whether a stated fact with this review and confidence is shown.
    public static Func<string, decimal?, bool> Keep(IReviewQuery q)
    {
        var states = States(q);
        return (state, confidence) => (states.Count == 0 ? state != ReviewState.Rejected : states.Contains("all") || states.Contains(state))
            && (q.MinConfidence is not { } min || confidence >= min);
    }

    /// The same rule as SQL terms over a fact table (`prefix`: its alias and a dot, or ""), values added to args: every state but
    /// rejected by default, the states asked for, or all; a confidence at least the one asked for.
    public static IEnumerable<string> SqlTerms(string prefix, IReadOnlyList<string> states, decimal? minConfidence, Dictionary<string, object?> args)
    {
        if (states.Count == 0) yield return prefix + "review <> 'rejected'";
        else if (!states.Contains("all")) yield return string.Concat(prefix, "review IN (", Storage.SqlLists.In("@rv", states, args), ")");
        if (minConfidence is { } mc)
        {
            args["@mc"] = (double)mc;
            yield return string.Concat("CAST(", prefix, "confidence AS DOUBLE PRECISION) >= @mc");
        }
    }

    /// Whether official rows (no review, no confidence) are shown.
    public static bool Official(IReviewQuery q)
    {
        var states = States(q);
        return q.MinConfidence is null && (states.Count == 0 || states.Contains("all"));
    }
}

/// First and last year of a range, inclusive.
public record YearRangeQuery : FormatQuery, IValidatableObject
{
    [Description("First year, inclusive (1900-2100).")]
    [Year]
    public int? From { get; init; }

    [Description("Last year, inclusive (1900-2100).")]
    [Year]
    public int? To { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context) => Ordered(From, To);

    /// The one from <= to rule of every query with a year range.
    public static IEnumerable<ValidationResult> Ordered(int? from, int? to)
    {
        if (from > to) yield return new ValidationResult($"{from} is after to ({to}); give from <= to", [nameof(From)]);
    }
}

/// How an endpoint takes its query string, read once from its handler: the names it accepts, and how each is written.
public sealed record QueryShape(IReadOnlyDictionary<string, QueryShape.Parameter> Parameters)
{
    public sealed record Parameter(string Name, Type Type, bool Required, bool Multiple);

    private static readonly HashSet<Type> Special = [typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(CancellationToken), typeof(System.Security.Claims.ClaimsPrincipal)];

    public static QueryShape For(MethodInfo handler, IReadOnlyCollection<string> routeNames, Microsoft.Extensions.DependencyInjection.IServiceProviderIsService services)
    {
        var found = new Dictionary<string, Parameter>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in handler.GetParameters())
        {
            if (p.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var prop in p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(x => x.CanWrite))
                    Add(found, Camel(prop.Name), prop.PropertyType, routeNames, prop.GetCustomAttributes().ToList());
                continue;
            }
            if (Special.Contains(p.ParameterType) || services.IsService(p.ParameterType) || p.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromServicesAttribute>() is not null) continue;
            Add(found, p.Name!, p.ParameterType, routeNames, p.GetCustomAttributes().ToList(), required: !IsNullable(p));
        }
        return new QueryShape(found);
    }

    private static void Add(Dictionary<string, Parameter> into, string name, Type type, IReadOnlyCollection<string> routeNames, List<Attribute> attributes, bool required = false)
    {
        if (routeNames.Contains(name, StringComparer.OrdinalIgnoreCase) || attributes.OfType<Microsoft.AspNetCore.Mvc.FromRouteAttribute>().Any()) return;
        var multiple = attributes.OfType<OneOfAttribute>().Any(a => a.Multiple) || attributes.OfType<CountryAttribute>().Any(a => a.Multiple);
        into[name] = new Parameter(name, Nullable.GetUnderlyingType(type) ?? type, required, multiple);
    }

    private static bool IsNullable(ParameterInfo p) =>
        Nullable.GetUnderlyingType(p.ParameterType) is not null || p.HasDefaultValue
        || new NullabilityInfoContext().Create(p).WriteState is NullabilityState.Nullable;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// The problems of a query string against this shape, by parameter: unknown names, repeats, missing or malformed values.
    public Dictionary<string, string[]> Check(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, values) in query)
        {
            if (!Parameters.TryGetValue(key, out var p))
            {
                errors[key] = [Parameters.Count == 0
                    ? "is not a parameter of this operation, which takes none"
                    : $"is not a parameter of this operation; it takes {string.Join(", ", Parameters.Keys)}"];
                continue;
            }
            if (values.Count > 1 && !p.Multiple)
            {
                errors[p.Name] = [$"is given {values.Count} times; give it once"];
                continue;
            }
            var value = values.ToString();
            if (p.Type == typeof(int) || p.Type == typeof(long))
            {
                if (value.Length == 0) errors[p.Name] = ["is empty; give an integer or leave the parameter out"];
                else if (!long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
                         || (p.Type == typeof(int) && n is < int.MinValue or > int.MaxValue))
                    errors[p.Name] = [$"'{Text.Truncate(value)}' is not an integer"];
            }
            else if ((p.Type == typeof(decimal) || p.Type == typeof(double))
                     && !decimal.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                errors[p.Name] = [$"'{Text.Truncate(value)}' is not a number"];
            else if (p.Type == typeof(bool) && !bool.TryParse(value, out _))
                errors[p.Name] = [$"'{Text.Truncate(value)}' is not true or false"];
        }
        foreach (var p in Parameters.Values.Where(p => p.Required && !query.ContainsKey(p.Name)))
            errors[p.Name] = ["is required"];
        return errors;
    }
}

// Before binding: a query string with a name the operation does not take, a value given twice, or an integer that is not one, is
// answered 400 naming each parameter, instead of being ignored or failing the binder with a message that names neither.
public sealed class QueryContractMiddleware(RequestDelegate next, Microsoft.Extensions.DependencyInjection.IServiceProviderIsService services)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Endpoint, QueryShape?> _shapes = new();

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint) return next(context);
        var shape = _shapes.GetOrAdd(endpoint, e => e.Metadata.GetMetadata<MethodInfo>() is { } m
            ? QueryShape.For(m, ((RouteEndpoint)e).RoutePattern.Parameters.Select(p => p.Name).ToList(), services)
            : null);
        if (shape is null) return next(context);
        var errors = shape.Check(context.Request.Query);
        return errors.Count == 0 ? next(context) : Problems.WriteInvalid(context, errors);
    }
}
