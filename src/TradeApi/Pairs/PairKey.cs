using TradeApi.Extraction;

namespace TradeApi.Pairs;

// "BLR-KAZ", "kz-by", "Kazakhstan-Belarus", "Guinea-Bissau-Senegal": one unordered pair, written with alpha-3 codes in order.
public static class PairKey
{
    public static (Country A, Country B)? Parse(string? input, out string? problem) =>
        ParseWritten(input, out problem) is { } p ? (string.CompareOrdinal(p.First.Iso3, p.Second.Iso3) <= 0 ? (p.First, p.Second) : (p.Second, p.First)) : null;

    /// The two countries in the order written ("KAZ-BLR": Kazakhstan first).
    public static (Country First, Country Second)? ParseWritten(string? input, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 120)
        {
            problem = "a pair is two countries joined by '-', for example BLR-KAZ, by-kz or Belarus-Kazakhstan";
            return null;
        }
        var s = Uri.UnescapeDataString(input).Trim();
        for (var i = s.IndexOf('-'); i > 0; i = s.IndexOf('-', i + 1))
        {
            var a = Gazetteer.Default.Resolve(s[..i]);
            var b = Gazetteer.Default.Resolve(s[(i + 1)..]);
            if (a is not null && b is not null)
            {
                if (a.Iso3 == b.Iso3)
                {
                    problem = $"a pair needs two different countries; '{s}' names {a.Iso3} twice";
                    return null;
                }
                return (a, b);
            }
        }
        if (!s.Contains('-'))
            problem = $"'{s}' is not a pair; join two countries with '-', for example BLR-KAZ, by-kz or Belarus-Kazakhstan";
        else if (s.Split('-') is { Length: > 2 } parts && parts.All(p => Gazetteer.Default.Resolve(p) is not null))
            problem = $"a pair is exactly two countries; '{s}' names {parts.Length} ({string.Join(", ", parts.Select(p => Gazetteer.Default.Resolve(p)!.Iso3))})";
        else
        {
            var first = s[..s.IndexOf('-')];
            var unknown = Gazetteer.Default.Resolve(first) is null ? first : s[(s.LastIndexOf('-') + 1)..];
            problem = $"unknown country '{unknown}' in pair '{s}'; use ISO 3166-1 alpha-2 or alpha-3 codes, or English names";
        }
        return null;
    }
}
