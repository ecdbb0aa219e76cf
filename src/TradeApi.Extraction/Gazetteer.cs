using System.Collections.Frozen;
using System.Reflection;

namespace TradeApi.Extraction;

/// <summary>One ISO 3166-1 country with the names the gazetteer knows for it.</summary>
public sealed record Country(
    string Iso3, string Iso2, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals)
{
    /// <summary>UN M49 numeric codes (the ISO 3166-1 numeric code, and any code UN Comtrade reports the economy under); none for Kosovo.</summary>
    public IReadOnlyList<int> M49 { get; init; } = [];
}

/// <summary>How a country was named in the text.</summary>
public enum MentionKind
{
    /// <summary>Its name or an alias ("Belarus", "UAE").</summary>
    Name,
    /// <summary>An adjective or demonym ("Kazakh", "Belarusian").</summary>
    Demonym,
    /// <summary>A combining form before a hyphen ("Sino-", "Indo-").</summary>
    Combining,
    /// <summary>Its capital used for its government ("Moscow and Beijing").</summary>
    Capital,
}

/// <summary>A country named in the text at [Start, End).</summary>
public readonly record struct CountryMention(int Start, int End, string Iso3, MentionKind Kind, bool Possessive);

/// <summary>The country gazetteer shipped in data/countries.tsv: codes, names, aliases, demonyms, capitals.</summary>
public sealed partial class Gazetteer
{
    private readonly record struct Entry(string? Iso3, MentionKind Kind);

    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Every phrase cut at each inner space or hyphen: extending a candidate stops as soon as no phrase starts that way.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenDictionary<string, Country> _byCode;
    private readonly FrozenDictionary<string, Country> _byName;
    private readonly FrozenDictionary<int, Country> _byNumber;
    private const int MaxWords = 8;

    // Place names that contain a country's name but are not that country.
    private static readonly string[] Blockers =
    [
        "Latin America", "South America", "North America", "Central America", "Americas", "Latin American",
        "South American", "North American", "Central American", "New Mexico", "New Jersey", "New England",
        "British Columbia", "Indian Ocean", "Washington Post", "South China Sea", "East China Sea",
        "Persian Gulf", "Georgia Tech", "New Guinea", "Korean Peninsula", "Indian Ocean",
        "Washington State", "Arabian Sea", "Red Sea", "Irish Sea", "English Channel", "Guinea Bay",
        "Gulf of Guinea", "Paris Agreement", "Paris Club", "Lima Group", "Lima Declaration", "Northern Ireland",
    ];

    /// <summary>The gazetteer compiled into this library from data/countries.tsv.</summary>
    public static Gazetteer Default { get; } = LoadEmbedded();

    /// <summary>The canonical key of an unordered pair of alpha-3 codes: both in ordinal order joined by '-' ("BLR-KAZ").</summary>
    public static string PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}-{b}" : $"{b}-{a}";

    /// <summary>Every country, sorted by alpha-3 code.</summary>
    public IReadOnlyList<Country> Countries { get; }

    private Gazetteer(IReadOnlyList<Country> countries, Dictionary<string, Entry> phrases)
    {
        Countries = countries;
        _lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases.Keys)
            for (var i = 0; i < phrase.Length; i++)
                if (phrase[i] is ' ' or '-') prefixes.Add(phrase[..i]);
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        PhraseCount = phrases.Count;
        var byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in countries)
        {
            byCode[c.Iso3] = c;
            byCode[c.Iso2] = c;
            byName.TryAdd(c.Name, c);
            foreach (var a in c.Aliases) byName.TryAdd(a, c);
            foreach (var cap in c.Capitals) byName.TryAdd(cap, c);
            foreach (var d in c.Demonyms) byName.TryAdd(d, c);
        }
        _byCode = byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var byNumber = new Dictionary<int, Country>();
        foreach (var c in countries)
            foreach (var n in c.M49)
                if (!byNumber.TryAdd(n, c)) throw new FormatException($"countries.tsv: M49 code {n} is given to both {byNumber[n].Iso3} and {c.Iso3}");
        _byNumber = byNumber.ToFrozenDictionary();
        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Parses a gazetteer in the countries.tsv layout (header, then iso3, iso2, name, aliases, demonyms, combining, capitals,
    /// and optionally m49: numeric codes separated by '|').</summary>
    public static Gazetteer Parse(TextReader reader)
    {
        var countries = new List<Country>();
        var phrases = new Dictionary<string, Entry>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 7) throw new FormatException($"countries.tsv: expected 7 columns, got {f.Length}: {line}");
            static string[] List(string s) => s.Length == 0 ? [] : s.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var c = new Country(f[0], f[1], f[2], List(f[3]), List(f[4]), List(f[6]))
            {
                M49 = f.Length > 7 ? List(f[7]).Select(n => int.Parse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [],
            };
            countries.Add(c);
            Add(phrases, c.Name, c.Iso3, MentionKind.Name);
            if (c.Name.Contains(" and ")) Add(phrases, c.Name.Replace(" and ", " & "), c.Iso3, MentionKind.Name);
            foreach (var a in c.Aliases) Add(phrases, a, c.Iso3, MentionKind.Name);
            foreach (var d in c.Demonyms) Add(phrases, d, c.Iso3, MentionKind.Demonym);
            foreach (var d in List(f[5])) phrases.TryAdd(d + "-", new Entry(c.Iso3, MentionKind.Combining));
            foreach (var cap in c.Capitals) Add(phrases, cap, c.Iso3, MentionKind.Capital);
        }
        foreach (var b in Blockers) phrases[b] = new Entry(null, MentionKind.Name);
        countries.Sort((a, b) => string.CompareOrdinal(a.Iso3, b.Iso3));
        return new Gazetteer(countries, phrases);
    }

    private static void Add(Dictionary<string, Entry> phrases, string phrase, string iso3, MentionKind kind)
    {
        // The first spelling wins: a country's own name is never taken over by another's demonym.
        phrases.TryAdd(phrase, new Entry(iso3, kind));
        if (phrase.StartsWith("The ", StringComparison.Ordinal)) phrases.TryAdd("the " + phrase[4..], new Entry(iso3, kind));
        // "St. Lucia", "St Vincent", "St. Kitts": a saint's name is written short as often as long.
        if (phrase.StartsWith("Saint ", StringComparison.Ordinal))
        {
            phrases.TryAdd("St " + phrase[6..], new Entry(iso3, kind));
            phrases.TryAdd("St. " + phrase[6..], new Entry(iso3, kind));
        }
        // Typeset text writes "People’s Republic" with a curly apostrophe.
        if (phrase.Contains('\'')) Add(phrases, phrase.Replace('\'', '’'), iso3, kind);
    }

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("countries.tsv")
            ?? throw new InvalidOperationException("countries.tsv is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Finds a country by alpha-2 or alpha-3 code, English name, alias, demonym or capital; case-insensitive.</summary>
    public Country? Resolve(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var s = input.Trim();
        if (s.Length is > 0 and <= 3 && char.IsAsciiDigit(s[0])) return ResolveNumber(s);
        if ((s.Length == 2 || s.Length == 3) && _byCode.TryGetValue(s, out var byCode)) return byCode;
        return _byName.TryGetValue(s, out var byName) ? byName : StatisticalName(s);
    }

    // The name forms of statistics offices (IMF, World Bank): "Korea, Rep. of", "Congo, Dem. Rep. of the", "Bahamas, The",
    // "Kyrgyz Rep.", "China, P.R.: Mainland", "China, P.R.: Hong Kong". Abbreviations are written out, then the inverted form is
    // turned round ("Republic of Korea"), and only when that names nothing is the part before the comma tried alone ("Yemen").
    private Country? StatisticalName(string s)
    {
        if (s.Length > 120 || !(s.Contains(',') || s.Contains('.') || s.Contains(':'))) return null;
        var expanded = StatisticalAbbreviation().Replace(s, m => m.Value.TrimEnd('.') switch
        {
            "Rep" => "Republic",
            "Dem" => "Democratic",
            "Fed" => "Federated",
            _ => "People's Republic",
        });
        Country? Find(string name) => _byName.GetValueOrDefault(name.Trim());
        if (expanded != s && Find(expanded) is { } direct) return direct;
        var comma = expanded.IndexOf(',');
        if (comma <= 0) return null;
        var head = expanded[..comma].Trim();
        var tail = expanded[(comma + 1)..].Trim();
        var colon = tail.IndexOf(':');
        if (colon >= 0)
        {
            var part = tail[(colon + 1)..].Trim();
            return Find($"{part} {head}") ?? Find(part);
        }
        return Find($"{tail} {head}") ?? Find(head);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Rep|Dem|Fed)\b\.?|\bP\.R\.")]
    private static partial System.Text.RegularExpressions.Regex StatisticalAbbreviation();

    /// <summary>Finds a country by its UN M49 numeric code ("112", "040" or "40"); null for other numbers.</summary>
    public Country? ResolveNumber(ReadOnlySpan<char> code)
    {
        code = code.Trim();
        if (code.Length is 0 or > 3) return null;
        var n = 0;
        foreach (var ch in code)
        {
            if (!char.IsAsciiDigit(ch)) return null;
            n = n * 10 + (ch - '0');
        }
        return _byNumber.GetValueOrDefault(n);
    }

    /// <summary>Finds every country named in text[start..end): longest phrase first, case-sensitive on proper nouns. A capital
    /// read as a person's surname ("Raimundo Lima") goes into <paramref name="surnames"/>, and no later bare mention of it in the
    /// same document ("Lima, chairman of ...") names its country.</summary>
    public void FindMentions(string text, int start, int end, List<CountryMention> into, HashSet<string>? surnames = null, bool headline = false)
    {
        var i = start;
        while (i < end)
        {
            var ch = text[i];
            if (!char.IsUpper(ch) || (i > start && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var (matchEnd, entry, possessive) = LongestAt(text, i, end);
            if (matchEnd < 0)
            {
                while (i < end && char.IsLetterOrDigit(text[i])) i++;
                continue;
            }
            if (entry.Iso3 is not null && !Misfire(text, i, matchEnd, entry.Iso3, start) && !(entry.Kind == MentionKind.Capital && (StartsAName(text, matchEnd, end) || Surname(text, start, i, matchEnd, surnames, headline))))
                into.Add(new CountryMention(i, matchEnd, entry.Iso3, entry.Kind, possessive));
            i = entry.Kind == MentionKind.Combining ? matchEnd : Math.Max(matchEnd, i + 1);
        }
    }

    private (int End, Entry Entry, bool Possessive) LongestAt(string text, int start, int limit)
    {
        var best = (-1, default(Entry), false);
        var pos = start;
        for (var w = 0; w < MaxWords && pos < limit; w++)
        {
            var wordEnd = pos;
            while (wordEnd < limit && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] == '.' || IsApostrophe(text[wordEnd])))
                wordEnd++;
            if (wordEnd == pos) break;
            // Try the word as is, without a trailing full stop, and without a possessive 's.
            var candidateEnd = wordEnd;
            var possessive = false;
            if (candidateEnd - pos >= 2 && text[candidateEnd - 1] is 's' or 'S' && IsApostrophe(text[candidateEnd - 2]))
            {
                candidateEnd -= 2;
                possessive = true;
            }
            else if (candidateEnd > pos && IsApostrophe(text[candidateEnd - 1]))
            {
                candidateEnd--;
                possessive = true;
            }
            if (Try(text, start, candidateEnd, out var e)) best = (candidateEnd, e, possessive);
            else if (candidateEnd > start + 1 && text[candidateEnd - 1] == '.' && Try(text, start, candidateEnd - 1, out e))
                best = (candidateEnd - 1, e, false);
            if (wordEnd < limit && text[wordEnd] == '-' && Try(text, start, wordEnd + 1, out e) && e.Kind == MentionKind.Combining)
                return (wordEnd + 1, e, false);
            // "People's Republic of China": a possessive word that begins a longer name reads on ("Republic of China" alone is Taiwan).
            if (possessive && !IsPrefix(text.AsSpan(start, wordEnd - start))) break;
            if (wordEnd + 1 >= limit || (text[wordEnd] != ' ' && text[wordEnd] != '-')) break;
            if (!IsPrefix(text.AsSpan(start, wordEnd - start))
                && !(text[wordEnd - 1] == '.' && IsPrefix(text.AsSpan(start, wordEnd - 1 - start)))) break;
            pos = wordEnd + 1;
        }
        return best;
    }

    // "ZIMBABWE and Mozambique have ...", "ZIMBABWEAN companies should ...": papers that set an article's first word in capitals, and
    // headlines set in capitals, name countries as well; words in capitals are looked up as a name is written when they are not an
    // entry as they are ("UAE"). Not a capital ("MOSCOW, June 1 -" is a dateline's city).
    private bool Try(string text, int start, int end, out Entry entry)
    {
        var phrase = text.AsSpan(start, end - start);
        if (_lookup.TryGetValue(phrase, out entry)) return true;
        Span<char> cased = stackalloc char[64];
        return NameCased(phrase, cased) is { Length: > 0 } n && _lookup.TryGetValue(n, out entry) && entry.Kind is MentionKind.Name or MentionKind.Demonym;
    }

    private bool IsPrefix(ReadOnlySpan<char> phrase)
    {
        if (_prefixes.Contains(phrase)) return true;
        Span<char> cased = stackalloc char[64];
        return NameCased(phrase, cased) is { Length: > 0 } n && _prefixes.Contains(n);
    }

    // The phrase with each word's first letter kept and the rest lowered, when it is written in capitals ("SOUTH AFRICA" -> "South
    // Africa"); empty otherwise.
    private static ReadOnlySpan<char> NameCased(ReadOnlySpan<char> phrase, Span<char> buffer)
    {
        if (phrase.Length > buffer.Length) return default;
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (char.IsLower(c)) return default;
            buffer[i] = i == 0 || !char.IsLetter(phrase[i - 1]) ? c : char.ToLowerInvariant(c);
        }
        return buffer[..phrase.Length];
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    // A capital followed by another capitalised word is most often a person's first name ("Santiago Cafiero") or a place
    // inside a longer name, not the government it stands for.
    private bool StartsAName(string text, int end, int limit)
    {
        if (end + 1 >= limit || text[end] != ' ' || !char.IsUpper(text[end + 1])) return false;
        var w = end + 1;
        while (w < limit && char.IsLetter(text[w])) w++;
        return !_lookup.TryGetValue(text.AsSpan(end + 1, w - end - 1), out _) && text.AsSpan(end + 1, w - end - 1) is not ("On" or "In" or "And" or "The");
    }

    // "Raimundo Lima of the Association of Brazilian Businesspeople": a capital right after a capitalised word that is no place, inside
    // a sentence (not its first word, nor in a headline's run of capitalised words), ends a person's name; the capital alone later
    // in the text is that person ("Lima, chairman of the association's General Meeting, noted"). Not a part of a city ("Greater Lima",
    // "Central Moscow") nor a place before it ("Peru Lima").
    private bool Surname(string text, int floor, int start, int end, HashSet<string>? surnames, bool headline)
    {
        if (surnames is null) return false;
        if (surnames.Count > 0 && surnames.Contains(text[start..end])) return true;
        if (start - 2 <= floor || text[start - 1] != ' ' || !char.IsLower(text[start - 2])) return false;
        var b = start - 2;
        while (b > floor && char.IsLetter(text[b - 1])) b--;
        var given = text.AsSpan(b, start - 1 - b);
        if (b <= floor || !char.IsUpper(text[b]) || given.Length < 2 || text[b - 1] != ' ' || b - 2 < floor || text[b - 2] is '.' or '!' or '?' or ':' or '"' or '“' or '\n') return false;
        // In a headline every word may be capitalised: there the name starts after a comma or a word in lower case.
        if (headline && text[b - 2] != ',' && !char.IsLower(text[b - 2])) return false;
        if (FunctionWords.Contains(given) || CityParts.Contains(given) || _lookup.TryGetValue(given, out _)) return false;
        surnames.Add(text[start..end]);
        return true;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CityParts = new HashSet<string>(
        ["Greater", "Metropolitan", "Central", "Downtown", "Old", "New", "Upper", "Lower", "North", "South", "East", "West", "Northern",
         "Southern", "Eastern", "Western", "Capital", "City", "Province", "Region", "Grand"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Georgia the US state, "US" as a shout of "us", and the like.
    private static bool Misfire(string text, int start, int end, string iso3, int floor)
    {
        if (iso3 == "GEO")
        {
            var before = text.AsSpan(Math.Max(floor, start - 16), start - Math.Max(floor, start - 16));
            if (before.EndsWith("state of ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("Atlanta, ", StringComparison.Ordinal)) return true;
            var after = text.AsSpan(end, Math.Min(10, text.Length - end));
            if (after.StartsWith(", U.S", StringComparison.Ordinal) || after.StartsWith(" state", StringComparison.Ordinal)) return true;
        }
        if (end - start == 2 && text.AsSpan(start, 2) is "US" && end < text.Length && char.IsLower(text[end])) return true;
        // "Petrobras SA", "Banco Santander SA": a company's legal form after its name, not South Africa ("SA exports", "in SA" are).
        if (end - start == 2 && text.AsSpan(start, 2) is "SA" && LegalFormAfterName(text, start, floor)) return true;
        // "US$ 1.1-1.2 billion", "HK$": letters fused to a dollar sign are the currency's mark, not a side (a range's first number is no
        // figure, so no figure claims them).
        if (end < text.Length && text[end] == '$') return true;
        // "in US currency", "the Australian dollar": a currency, not a side; "Pakistan Point News", "China Daily": a publication's name.
        var next = text.AsSpan(end, Math.Min(40, text.Length - end));
        return Patterns.CurrencyOrMediaAfterName().IsMatch(next);
    }

    private static bool LegalFormAfterName(string text, int start, int floor)
    {
        if (start - 2 < floor || text[start - 1] != ' ' || !char.IsLetter(text[start - 2])) return false;
        var b = start - 2;
        while (b > floor && char.IsLetter(text[b - 1])) b--;
        return char.IsUpper(text[b]) && !FunctionWords.Contains(text.AsSpan(b, start - 1 - b));
    }

    // Capitalised words that stand before a country's short name at a sentence's or a headline's start ("In SA", "EXPORTS TO SA").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = new HashSet<string>(
        ["in", "the", "and", "to", "from", "with", "for", "of", "by", "at", "on", "between", "while", "but", "both", "that", "than", "as", "into"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of phrases the gazetteer matches (names, aliases, demonyms, capitals).</summary>
    public int PhraseCount { get; }
}
