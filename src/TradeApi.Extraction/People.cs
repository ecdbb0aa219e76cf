using System.Text.RegularExpressions;

namespace TradeApi.Extraction;

// The people a document names, so that "he said", "the head of state" and "Erdogan" resolve to a full name.
internal sealed class People
{
    private sealed record Person(string Name, HashSet<string> Titles, List<int> Positions);

    private readonly List<Person> _people = [];
    private readonly Document _doc;
    private readonly Gazetteer _gazetteer;

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "Officials", "Official", "Analysts", "Economists",
        "Experts", "Observers", "Sources", "Data", "Figures", "Statistics", "Customs", "Ministry", "Office", "Committee", "Bureau", "Service", "Agency",
        "Government", "Kremlin", "Parliament", "Bank", "Commission", "Council", "Union", "Chamber", "Association", "Company", "Companies", "Reuters",
        "President", "Prime", "Minister", "Deputy", "Vice", "Foreign", "Commerce", "Trade", "Economy", "Finance", "Chancellor", "Premier", "Chairman",
        "Secretary", "Ambassador", "Governor", "Head", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "King", "Queen", "Emir", "Sheikh", "Crown",
        "Prince", "First", "Acting", "Former", "Senior", "Mr", "Mrs", "Ms", "Dr", "Speaking", "In", "On", "At", "As", "But", "And", "Yet", "Also",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Our", "His", "Her", "Their", "Its", "Both", "Apart", "According", "Meanwhile",
        "Federal", "National", "State", "Statistical", "Central", "Office", "Single", "Economic", "Space", "Trade", "Free", "Agreement",
    };

    public People(Document doc, Gazetteer gazetteer)
    {
        _doc = doc;
        _gazetteer = gazetteer;
        var text = doc.Text;
        // One pass per pattern over the whole text; names do not span paragraphs, and the patterns cannot cross a full stop.
        foreach (Match m in Patterns.TitledName().Matches(text))
            Add(Clean(m.Groups["name"].Value), m.Groups["title"].Value, m.Index, requireFull: true);
        // Names beside a reporting verb: look only around the verbs, which are rare, not along the whole text.
        var pos = 0;
        while (pos < text.Length)
        {
            var at = text.AsSpan(pos).IndexOfAny(Patterns.SayCue);
            if (at < 0) break;
            at += pos;
            var from = Math.Max(0, at - 80);
            var to = Math.Min(text.Length, at + 100);
            foreach (var rx in new[] { Patterns.NameSays(), Patterns.SaysName(), Patterns.AccordingTo() })
                foreach (Match m in rx.Matches(text[from..to]))
                    Add(Clean(m.Groups["name"].Value), null, from + m.Index, requireFull: true);
            pos = at + 4;
        }
    }

    private void Add(string? name, string? title, int position, bool requireFull)
    {
        if (name is null || (requireFull && !name.Contains(' '))) return;
        var p = _people.FirstOrDefault(x => x.Name == name);
        if (p is null) _people.Add(p = new Person(name, new HashSet<string>(StringComparer.OrdinalIgnoreCase), []));
        if (title is not null) p.Titles.Add(title);
        p.Positions.Add(position);
    }

    private readonly Dictionary<string, string?> _cleaned = new(StringComparer.Ordinal);

    // Drops leading titles and country words ("Kazakhstan Prime Minister Serik Akhmetov" -> "Serik Akhmetov").
    private string? Clean(string raw)
    {
        if (_cleaned.TryGetValue(raw, out var known)) return known;
        return _cleaned[raw] = CleanUncached(raw);
    }

    private string? CleanUncached(string raw)
    {
        var tokens = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimEnd('.', ',')).ToList();
        while (tokens.Count > 0 && (NotNames.Contains(tokens[0]) || IsCountryWord(tokens[0]))) tokens.RemoveAt(0);
        while (tokens.Count > 0 && (NotNames.Contains(tokens[^1]) || IsCountryWord(tokens[^1]))) tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count == 0 || tokens.Any(t => NotNames.Contains(t) || IsCountryWord(t))) return null;
        return string.Join(' ', tokens);
    }

    private bool IsCountryWord(string token) => _gazetteer.Resolve(token) is not null && token.Length > 3 || token is "US" or "UK" or "EU";

    // A surname alone resolves to the full name the document gave earlier or later.
    private string Full(string name)
    {
        if (name.Contains(' ')) return name;
        return _people.FirstOrDefault(p => p.Name.EndsWith(" " + name, StringComparison.Ordinal))?.Name ?? name;
    }

    private string? LastBefore(int position, string? titleWord)
    {
        Person? best = null;
        var bestPos = -1;
        foreach (var p in _people)
        {
            if (titleWord is not null && !p.Titles.Any(t => t.Contains(titleWord, StringComparison.OrdinalIgnoreCase))) continue;
            foreach (var pos in p.Positions)
                if (pos < position && pos > bestPos) { best = p; bestPos = pos; }
        }
        return best?.Name;
    }

    /// The person who stated what the sentence says: a named speaker, a pronoun or a descriptor, or the titled subject.
    public string? SpeakerOf(Sentence s)
    {
        var text = _doc.Text.Substring(s.Start, s.End - s.Start);
        foreach (var rx in new[] { Patterns.SaysName(), Patterns.NameSays(), Patterns.AccordingTo() })
            foreach (Match m in rx.Matches(text))
                if (Clean(m.Groups["name"].Value) is { } n) return Full(n);
        if (Patterns.PronounSays().IsMatch(text)) return LastBefore(s.Start, null);
        var d = Patterns.Descriptor().Match(text);
        if (d.Success && Regex.IsMatch(text, "\\b(?:said|says|remarked|stressed|noted|believes|told|added|stated)\\b"))
        {
            var desc = d.Groups["desc"].Value.ToLowerInvariant();
            var title = desc.StartsWith("head of state", StringComparison.Ordinal) ? "President"
                : desc.Contains("prime minister") ? "Prime Minister" : desc.StartsWith("head of government", StringComparison.Ordinal) ? "Prime Minister"
                : desc == "leader" ? null : desc;
            return LastBefore(s.Start, title) ?? LastBefore(s.Start, null);
        }
        var t = Patterns.TitledName().Match(text);
        if (t.Success && Clean(t.Groups["name"].Value) is { } titled) return Full(titled);
        return null;
    }
}
