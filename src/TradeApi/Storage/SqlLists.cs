using System.Globalization;
using TradeApi.Extraction;

namespace TradeApi.Storage;

/// Lists of values as numbered parameters, for filters built from constant SQL pieces (no driver-specific list syntax).
public static class SqlLists
{
    /// "@r0,@r1" for the values, added to args.
    public static string In(string prefix, IReadOnlyList<string> values, Dictionary<string, object?> args)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = prefix + i.ToString(CultureInfo.InvariantCulture);
            args[names[i]] = values[i];
        }
        return string.Join(',', names);
    }

    /// Every pair key the countries can be part of, as parameters: country filters seek a table's pair key with these instead of
    /// needing indexes of their own. With `others`, only the pairs of a country with one of those.
    public static string PairsOf(IReadOnlyList<string> countries, Dictionary<string, object?> args, IReadOnlyList<string>? others = null)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var iso3 in countries)
            foreach (var other in others ?? Gazetteer.Default.Countries.Select(x => x.Iso3).ToList())
                if (other != iso3) keys.Add(Gazetteer.PairKey(iso3, other));
        if (keys.Count == 0) keys.Add("-");
        return In("@k", keys.ToList(), args);
    }
}
