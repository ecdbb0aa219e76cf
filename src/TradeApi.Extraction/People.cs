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
        "Prince", "PM", "First", "Acting", "Former", "Senior", "Mr", "Mrs", "Ms", "Dr", "Speaking", "In", "On", "At", "As", "But", "And", "Yet", "Also",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Our", "His", "Her", "Their", "Its", "Both", "Apart", "According", "Meanwhile",
        "Federal", "National", "State", "Statistical", "Central", "Office", "Single", "Economic", "Space", "Trade", "Free", "Agreement",
        // Titles in the plural name several people, none of them: "the Prime Ministers pledged".
        "Presidents", "Ministers", "Premiers", "Chancellors", "Secretaries", "Ambassadors", "Leaders", "Leader", "Heads", "Governments", "Sides",
    };

    public People(Document doc, Gazetteer gazetteer)
    {
        _doc = doc;
        _gazetteer = gazetteer;
    }

    private bool _built;

    // The registry of named people, built on the first question that needs more than the sentence itself.
    private void EnsureRegistry()
    {
        if (_built) return;
        _built = true;
        var doc = _doc;
        var text = doc.Text;
        // One pass per pattern over the whole text; names do not span paragraphs, and the patterns cannot cross a full stop.
        foreach (Match m in Patterns.TitledName().Matches(text))
            Add(Clean(m.Groups["name"].Value), m.Groups["title"].Value, m.Index, requireFull: true);
        // "India, Russia crossed bilateral trade target before 2025: Jaishankar": a headline ending in a colon and a name quotes that
        // person, whom the body may call only "he".
        if (Patterns.HeadlineSpeaker().Match(doc.Title) is { Success: true } h) Add(Clean(h.Groups["name"].Value), null, 0, requireFull: false);
        // Names beside a reporting verb: look only around the verbs, which are rare, not along the whole text.
        var pos = 0;
        while (pos < text.Length)
        {
            var at = text.AsSpan(pos).IndexOfAny(Patterns.SayCue);
            if (at < 0) break;
            at += pos;
            var verbEnd = at;
            while (verbEnd < text.Length && char.IsLetter(text[verbEnd])) verbEnd++;
            // "Serik Akhmetov said": the name ends just before the verb.
            var from = Math.Max(0, at - 80);
            foreach (Match m in Patterns.NameSays().Matches(text[from..verbEnd]))
                Add(Clean(m.Groups["name"].Value), null, from + m.Index, requireFull: true);
            // "said Aleksandr Lukashenko", "according to Aleksandr Lukashenko": the name starts just after.
            var to = Math.Min(text.Length, at + 100);
            var after = text.AsSpan(at).StartsWith("according to", StringComparison.Ordinal) ? Patterns.AccordingTo() : Patterns.SaysName();
            var m2 = after.Match(text[at..to]);
            if (m2.Success && m2.Index == 0) Add(Clean(m2.Groups["name"].Value), null, at, requireFull: true);
            pos = Math.Max(at + 1, verbEnd);
        }
    }

    private void Add(string? name, string? title, int position, bool requireFull)
    {
        if (name is null) return;
        // "..., Putin said": a surname alone beside a reporting verb is a mention of the person already named in full, so a later
        // "he said" is that person, not someone named inside the quotation before it.
        if (requireFull && !name.Contains(' '))
        {
            _people.FirstOrDefault(x => x.Name.Length > name.Length && x.Name[^(name.Length + 1)] == ' ' && x.Name.EndsWith(name, StringComparison.Ordinal))
                ?.Positions.Add(position);
            return;
        }
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
        Span<Range> parts = stackalloc Range[8];
        var span = raw.AsSpan();
        var count = span.SplitAny(parts, " \t\r\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int first = 0, last = count - 1;
        while (first <= last && IsTitleOrCountry(span[parts[first]].TrimEnd(".,"))) first++;
        while (last >= first && IsTitleOrCountry(span[parts[last]].TrimEnd(".,"))) last--;
        if (first > last) return null;
        if (first == last && _gazetteer.Resolve(span[parts[first]].TrimEnd(".,").ToString()) is not null) return null; // a lone capital is no person
        for (var i = first; i <= last; i++) if (IsTitleOrCountry(span[parts[i]].TrimEnd(".,"))) return null;
        var sb = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(span[parts[i]].TrimEnd(".,"));
        }
        // "British Prime Minister David Cameron's visit": the person, not the possessive.
        if (sb.Length > 2 && sb[^2] is '\'' or '’' && sb[^1] == 's') sb.Length -= 2;
        return sb.ToString();
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsTitleOrCountry(ReadOnlySpan<char> token) =>
        NotNamesLookup.Contains(token) || token is "US" or "UK" or "EU" || (token.Length > 3 && IsCountryNotCapital(token.ToString()));

    // "Kazakh" and "Belarus" are not parts of a name; "Santiago" in "Santiago Cafiero" is.
    private bool IsCountryNotCapital(string token) =>
        _gazetteer.Resolve(token) is { } c && !c.Capitals.Contains(token, StringComparer.OrdinalIgnoreCase);


    // A surname alone resolves to the full name the document gave earlier or later.
    private string Full(string name)
    {
        if (name.Contains(' ')) return name;
        EnsureRegistry();
        return _people.FirstOrDefault(p => p.Name.EndsWith(" " + name, StringComparison.Ordinal))?.Name ?? name;
    }

    private string? LastBefore(int position, string? titleWord)
    {
        EnsureRegistry();
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

    /// The person who stated what the sentence says: a named speaker, a pronoun or a descriptor; else the transcript label over
    /// its paragraph; else, inside a quotation, whoever it is attributed to (a name inside it is no speaker); else the titled
    /// subject; else whoever a quotation that runs on into this sentence belongs to.
    public string? SpeakerOf(Sentence s) =>
        SpeakerIn(s, titled: false) ?? LabelSpeaker(s) ?? SpeakerInsideQuotation(s) ?? TitledIn(s) ?? SpeakerOfOpenQuote(s) ?? SpeakerOfQuotedParagraph(s)
        ?? CollectiveSpeaker(s);

    // "The leaders agreed to ...", "the two Prime Ministers welcomed ...", "The UK and Nigeria will double ...": a goal stated jointly is stated by each leader the text has
    // named with a title; the first named stands for them.
    private string? CollectiveSpeaker(Sentence s)
    {
        var sentence = _doc.Text.AsSpan(s.Start, s.End - s.Start);
        if (!Patterns.CollectiveLeaders().IsMatch(sentence) && !Patterns.PartiesWillAct().IsMatch(sentence)) return null;
        EnsureRegistry();
        Person? first = null;
        foreach (var p in _people)
            if (p.Titles.Count > 0 && p.Positions.Count > 0 && p.Positions.Min() < s.Start && (first is null || p.Positions.Min() < first.Positions.Min())) first = p;
        return first?.Name;
    }

    // "President of Russia Dmitry Medvedev: ..." names the speaker of every paragraph until the next label.
    private string? LabelSpeaker(Sentence s)
    {
        var labels = _doc.Labels;
        if (labels.Count == 0) return null;
        string? label = null;
        foreach (var (paragraph, l) in labels)
        {
            if (paragraph > s.Paragraph) break;
            label = l;
        }
        return label is null ? null : NameOfLabel(label, s.Start);
    }

    // The name at the end of a label ("President of Russia Dmitry Medvedev" -> "Dmitry Medvedev"); a bare title ("Prime Minister")
    // is the person the text gave that title.
    private string? NameOfLabel(string label, int position)
    {
        var tokens = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !t.StartsWith('[')).ToArray();
        var first = tokens.Length;
        while (first > 0 && !IsTitleOrCountry(tokens[first - 1].TrimEnd('.', ',')) && tokens[first - 1] is not ("of" or "the")
               && char.IsUpper(tokens[first - 1][0]))
            first--;
        if (first == tokens.Length)
        {
            EnsureRegistry();
            return _people.FirstOrDefault(p => p.Titles.Any(t => t.Equals(label, StringComparison.OrdinalIgnoreCase)))?.Name ?? LastBefore(position, label);
        }
        var name = string.Join(' ', tokens[first..]);
        if (!name.Contains(' '))
        {
            var full = Full(name);
            return full.Contains(' ') ? full : null;
        }
        return name;
    }

    // A paragraph that opens a quotation and never closes it continues the quoted speech of the paragraph before:
    // Prime Minister Luxon said ... / “We agreed to ...
    private string? SpeakerOfQuotedParagraph(Sentence s)
    {
        var text = _doc.Text;
        var sentences = _doc.Sentences;
        var firstOfParagraph = s.Index;
        while (firstOfParagraph > 0 && sentences[firstOfParagraph - 1].Paragraph == s.Paragraph) firstOfParagraph--;
        var opener = sentences[firstOfParagraph];
        if (text[opener.Start] is not ('“' or '"')) return null;
        for (var i = firstOfParagraph - 1; i >= 0 && sentences[i].Paragraph >= s.Paragraph - 1; i--)
            if (SpeakerIn(sentences[i], titled: false) is { } speaker) return speaker;
        return null;
    }

    // “We will double trade. This is our goal,” said X: a quotation that opens in this sentence is attributed where it closes.
    private string? SpeakerOfOpenQuote(Sentence s)
    {
        var text = _doc.Text.AsSpan(s.Start, s.End - s.Start);
        if (text.IndexOf('“') < 0 || text.IndexOf('”') >= 0) return null;
        foreach (var next in _doc.Sentences.Skip(s.Index + 1).Take(3))
        {
            if (next.Paragraph != s.Paragraph) break;
            if (_doc.Text.AsSpan(next.Start, next.End - next.Start).IndexOf('”') >= 0) return SpeakerIn(next, titled: true);
        }
        return null;
    }

    // Mr Key says: “The growth ... for trade. We are now aiming to reach $30 billion by 2020.”: a sentence inside a quotation opened by
    // an earlier sentence of its paragraph speaks for whoever the quotation is attributed to, where it closes (“...,” said X) or, before
    // the opening mark, where it opened. Curly marks open and close; a straight one does whichever the count says.
    private string? SpeakerInsideQuotation(Sentence s)
    {
        var sentences = _doc.Sentences;
        var text = _doc.Text;
        var first = s.Index;
        while (first > 0 && sentences[first - 1].Paragraph == s.Paragraph) first--;
        int openedAt = -1, opener = -1;
        for (var i = first; i < s.Index; i++)
            for (var k = sentences[i].Start; k < sentences[i].End; k++)
                if (text[k] == '“' || (text[k] == '"' && openedAt < 0)) (openedAt, opener) = (k, i);
                else if (text[k] is '”' or '"') (openedAt, opener) = (-1, -1);
        if (openedAt < 0) return null;
        for (var i = s.Index; i < Math.Min(sentences.Count, s.Index + 4) && sentences[i].Paragraph == s.Paragraph; i++)
        {
            var close = text.AsSpan(sentences[i].Start, sentences[i].End - sentences[i].Start).IndexOfAny('”', '"');
            if (close < 0) continue;
            // Only the words after the closing mark attribute it: a name inside the quotation is no speaker.
            var after = new Sentence { Start = sentences[i].Start + close + 1, End = sentences[i].End, Paragraph = s.Paragraph, Index = sentences[i].Index };
            return (after.End - after.Start > 3 ? SpeakerIn(after, titled: true) : null) ?? Before(sentences[opener], openedAt);
        }
        return Before(sentences[opener], openedAt);

        string? Before(Sentence o, int quote) => quote - o.Start < 3 ? null
            : SpeakerIn(new Sentence { Start = o.Start, End = quote, Paragraph = o.Paragraph, Index = o.Index }, titled: false);
    }

    private string? SpeakerIn(Sentence s, bool titled = true)
    {
        var text = _doc.Text.Substring(s.Start, s.End - s.Start);
        // "Name said" first: in "X said Tehran and Moscow want ...", the words after the verb are not its speaker.
        foreach (var rx in new[] { Patterns.NameSays(), Patterns.SaysName(), Patterns.AccordingTo() })
            foreach (Match m in rx.Matches(text))
                if (Clean(m.Groups["name"].Value) is { } n) return Full(n);
        if (Patterns.PronounSays().IsMatch(text)) return LastBefore(s.Start, null);
        var d = Patterns.Descriptor().Match(text);
        if (d.Success && Patterns.PlainSay().IsMatch(text))
        {
            var desc = d.Groups["desc"].Value.ToLowerInvariant();
            var title = desc.StartsWith("head of state", StringComparison.Ordinal) ? "President"
                : desc.Contains("prime minister") ? "Prime Minister" : desc.StartsWith("head of government", StringComparison.Ordinal) ? "Prime Minister"
                : desc == "leader" ? null : desc;
            return LastBefore(s.Start, title) ?? LastBefore(s.Start, null);
        }
        return titled ? TitledIn(s) : null;
    }

    // The titled subject of the sentence: "President Vladimir Putin ...".
    private string? TitledIn(Sentence s)
    {
        var t = Patterns.TitledName().Match(_doc.Text, s.Start, s.End - s.Start);
        return t.Success && Clean(t.Groups["name"].Value) is { } name ? Full(name) : null;
    }
}
