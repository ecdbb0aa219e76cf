namespace TradeApi.Extraction;

// A document cut into its title, dateline and sentences, with every country and amount located once.
internal sealed class Document
{
    public required string Text { get; init; }
    public required string Title { get; init; }
    public DateOnly? Date { get; init; }
    public List<Sentence> Sentences { get; } = [];
    public List<CountryMention> Countries { get; } = new(32);
    public List<MoneyMention> Monies { get; } = new(16);
    public (string A, string B)? MainPair { get; set; }
    /// <summary>The text is about a bloc's trade as much as about its second country (see MainPairOf).</summary>
    public bool AboutBloc { get; set; }
    /// <summary>The pair a figure naming no country falls back on ("this figure", a goal for "trade"): the main pair, unless the text is
    /// about a bloc's trade.</summary>
    public (string A, string B)? PairUnderDiscussion => AboutBloc ? null : MainPair;
    /// <summary>The country whose government or press published the text, from its source address (see <see cref="PublisherOf"/>).</summary>
    public string? Publisher { get; private set; }
    /// <summary>The country the text is written from: its publisher's, else its country-code host's ("24.kg"), else its dateline's.</summary>
    public string? Home { get; private set; }
    /// <summary>What a bare "$" or "dollars" means in this text (see <see cref="DollarOf"/>).</summary>
    public string Dollar { get; private set; } = "USD";
    /// <summary>Transcript labels ("President of Russia Dmitry Medvedev:") by the paragraph they open; each holds until the next.</summary>
    public SortedList<int, string> Labels { get; } = [];

    public int? Year => Date?.Year;

    private static readonly string[] Abbreviations =
    [
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Gov", "Sen", "Rep", "Inc", "Ltd", "Co", "Corp", "No", "vs", "etc",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "U.S", "U.K", "U.A.E", "e.g", "i.e", "Mt", "Ft",
    ];

    public static Document Parse(string text, DateOnly? publishedOn, Gazetteer gazetteer, string? source = null)
    {
        var titleStart = 0;
        while (titleStart < text.Length && char.IsWhiteSpace(text[titleStart])) titleStart++;
        var titleEnd = text.IndexOf('\n', titleStart);
        if (titleEnd < 0) titleEnd = text.Length;
        var title = text[titleStart..titleEnd].Trim();

        DateOnly? date = publishedOn;
        var sentences = new List<Sentence>();
        // A page that opens with its first paragraph ("Thailand is the second largest economy in ASEAN after Indonesia. Its ...") has no
        // title line: that paragraph is body text, and a country it names in passing is no partner a headline lends.
        var wrapped = HardWrapped(text);
        var titled = title.Length > 0 && !ReadsAsParagraph(text, titleStart, titleEnd)
                     && !(wrapped && titleEnd < text.Length && ContinuesOnNextLine(text, titleStart, titleEnd, wrapped));
        if (titled) AddTrimmed(text, titleStart, titleEnd, headline: true, paragraph: 0, sentences);

        var paragraph = 0;
        var pos = titled ? titleEnd : titleStart;
        string? place = null;
        var labels = new SortedList<int, string>();
        while (pos < text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0) lineEnd = text.Length;
            // Hard-wrapped copy ("the bilateral trade turnover increased by 34\npercent and reached $24 billion"): a line that stops
            // mid-sentence and a next line that goes on in lower case are one line; in a text wrapped throughout, so are a long line
            // that stops mid-sentence and one that goes on with a name or a figure ("to nearly\nUS$1.8 billion in 2005").
            while (lineEnd < text.Length && ContinuesOnNextLine(text, pos, lineEnd, wrapped))
            {
                var next = text.IndexOf('\n', lineEnd + 1);
                lineEnd = next < 0 ? text.Length : next;
            }
            var start = pos;
            if (lineEnd - start > 1)
            {
                paragraph++;
                var m = Patterns.Dateline().Match(text, start, lineEnd - start);
                if (m.Success)
                {
                    if (date is null && TryDate(m, out var d)) date = d;
                    if (m.Groups["place"].Success) place ??= m.Groups["place"].Value.Trim();
                    start = m.Index + m.Length;
                }
                var label = Patterns.SpeakerLabel().Match(text, start, Math.Min(lineEnd, start + 120) - start);
                if (label.Success && IsLabel(label.Groups["label"].ValueSpan)) labels[paragraph] = label.Groups["label"].Value;
                SplitSentences(text, start, lineEnd, paragraph, sentences);
            }
            pos = lineEnd + 1;
        }

        // No dateline: a byline such as "Published 12 March 2024", or a line holding only a date, in the first lines still dates the text.
        if (date is null)
        {
            var head = text.Length > 400 ? text[..400] : text;
            var m = Patterns.LooseDate().Match(head);
            if (!m.Success) m = Patterns.DateLine().Match(head);
            if (m.Success && TryDate(m, out var d)) date = d;
        }
        // With none of these, the date a news address carries ("/2024/06/13/", "/27-Feb-2022/", "?ud=20180917000718") is when the text was
        // published.
        date ??= DateInAddress(source);
        var doc = new Document { Text = text, Title = title, Date = date };
        doc.Sentences.AddRange(sentences);
        foreach (var (k, v) in labels) doc.Labels[k] = v;
        MoneyMention? lastMoney = null;
        var lastMoneyParagraph = -1;
        (string, bool)? firstCurrency = null;
        var oneCurrency = true;
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            s.CountryFrom = doc.Countries.Count;
            gazetteer.FindMentions(text, s.Start, s.End, doc.Countries, surnames, s.Headline);
            // "non-U.S. countries", "Non-EU imports": a country negated is everyone else, no mention of it.
            for (var k = doc.Countries.Count - 1; k >= s.CountryFrom; k--)
            {
                var at = doc.Countries[k].Start;
                if (at >= 4 && text.AsSpan(at - 4, 4).Equals("non-", StringComparison.OrdinalIgnoreCase)) doc.Countries.RemoveAt(k);
            }
            ShortOfficialNames(doc, s);
            s.CountryTo = doc.Countries.Count;
            s.MoneyFrom = doc.Monies.Count;
            Money.Find(text, s.Start, s.End, doc.Monies);
            // Figures written without a currency take the one the paragraph has just used: "from 45,5 bn euro to 43,7 bn"; or, in a
            // later paragraph, the text's one currency when it has named no other ("... 20 billion NZ dollars" ... "our exports
            // totaled 5.98 billion").
            if (s.Paragraph != lastMoneyParagraph && !oneCurrency) lastMoney = null;
            var firstMarked = s.MoneyFrom < doc.Monies.Count ? doc.Monies[s.MoneyFrom] : (MoneyMention?)null;
            // Not the currency of a conversion in brackets after a number in a unit not read ("832 million dinars, about ($1.2 billion)",
            // "772 million in 2022 ($1.1 billion)"): the bare numbers after it are in that unit, not the conversion's.
            if ((lastMoney ?? firstMarked) is { } like && !Patterns.ConversionOfUnread().IsMatch(text.AsSpan(Math.Max(0, like.Start - 60), Math.Min(60, like.Start))))
                Money.FindUnmarked(text, lastMoney is null ? like.End : s.Start, s.End, like, doc.Monies, s.MoneyFrom);
            Money.ShareScaleOfMovement(text, s.Start, s.End, doc.Monies, s.MoneyFrom);
            // "(USD1=RM4.40)", "2011 USD": a number too small to be any pair's trade is no figure; dropped here, it neither ends the words
            // that speak of the figures around it nor lends them its currency.
            for (var i = doc.Monies.Count - 1; i >= s.MoneyFrom; i--)
                if (doc.Monies[i].Value < Money.SmallestAmount) doc.Monies.RemoveAt(i);
            s.MoneyTo = doc.Monies.Count;
            SameDollarAsBefore(doc, s);
            // A bare "$" is one currency too (whichever dollar the text turns out to write), but not beside a named dollar.
            for (var i = s.MoneyFrom; i < s.MoneyTo && oneCurrency; i++)
                oneCurrency = (firstCurrency ??= (doc.Monies[i].Currency, doc.Monies[i].Bare)) == (doc.Monies[i].Currency, doc.Monies[i].Bare);
            if (s.MoneyTo > s.MoneyFrom)
            {
                lastMoney = doc.Monies[s.MoneyTo - 1];
                lastMoneyParagraph = s.Paragraph;
            }
            // "282 billion US dollars", "A$5 billion in Australian dollars": a country named inside an amount is its currency, not a side.
            if (s.MoneyTo > s.MoneyFrom && s.CountryTo > s.CountryFrom) DropCountriesInsideMoney(doc, s);
        }
        doc.Publisher = PublisherOf(source, gazetteer);
        doc.Home = doc.Publisher ?? HostCountryOf(source, gazetteer) ?? (place is null ? null : gazetteer.Resolve(place)?.Iso3);
        // Where no dateline says where the text was written, a newspaper's country-code host does ("farmersweekly.co.nz"): counted
        // once, after every country named, it is one side only of a text that names a single other country ("two-way trade with Australia").
        doc.MainPair = MainPairOf(doc, place is null ? HostCountryOf(source, gazetteer) : gazetteer.Resolve(place)?.Iso3, doc.Publisher);
        doc.Dollar = DollarOf(doc, source, place, gazetteer);
        WriteLocalUnitsOfTheText(doc, source, place, gazetteer);
        DropFiguresWithNoCurrency(doc);
        return doc;
    }

    // Countries a text calls by the word of their official name that sets them apart, once it has named them: "China ... imports from the
    // People's Republic", "Saudi Arabia ... exports to the Kingdom", "the Sultanate" for Oman, "the Federation" for Russia.
    private static readonly Dictionary<string, string[]> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["People's Republic"] = ["CHN", "BGD", "LAO", "PRK"],
        ["People’s Republic"] = ["CHN", "BGD", "LAO", "PRK"],
        ["Kingdom"] = ["SAU", "GBR", "MAR", "JOR", "BHR", "THA", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "KHM", "BTN", "LSO", "SWZ", "TON"],
        ["Sultanate"] = ["OMN", "BRN"],
        ["Federation"] = ["RUS"],
        ["Emirates"] = ["ARE"],
    };
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ShortNameLookup = ShortNames.GetAlternateLookup<ReadOnlySpan<char>>();

    // Each becomes a mention of the nearest country named before it that bears that word, in text order among the sentence's mentions.
    private static void ShortOfficialNames(Document doc, Sentence s)
    {
        var added = false;
        if (!Patterns.Has(doc.Text.AsSpan(s.Start, s.End - s.Start), Patterns.ShortOfficialNameCue)) return;
        foreach (var m in Patterns.ShortOfficialName().EnumerateMatches(doc.Text.AsSpan(s.Start, s.End - s.Start)))
        {
            var start = s.Start + m.Index;
            var word = doc.Text.AsSpan(start, m.Length);
            word = word[(word.IndexOf(' ') + 1)..].TrimStart();
            var possessive = word.EndsWith("'s") || word.EndsWith("’s");
            if (possessive) word = word[..^2];
            if (!ShortNameLookup.TryGetValue(word, out var bearers)) continue;
            // Named in an earlier sentence (among the last 200 names), and not just before it in this one ("Spanish exports to the Kingdom"
            // is not Spain's exports to Spain).
            string? named = null;
            for (var k = s.CountryFrom - 1; k >= Math.Max(0, s.CountryFrom - 200) && named is null; k--)
                if (Array.IndexOf(bearers, doc.Countries[k].Iso3) >= 0 && !NamedIn(doc, s.CountryFrom, start, doc.Countries[k].Iso3)) named = doc.Countries[k].Iso3;
            if (named is null) continue;
            doc.Countries.Add(new CountryMention(start, start + m.Length - (possessive ? 2 : 0), named, MentionKind.Name, possessive));
            added = true;
        }
        // Mentions stay in text order: one sort of the sentence's, once.
        if (added) doc.Countries.Sort(s.CountryFrom, doc.Countries.Count - s.CountryFrom, Comparer<CountryMention>.Create((x, y) => x.Start.CompareTo(y.Start)));
    }

    private static bool NamedIn(Document doc, int from, int before, string iso3)
    {
        for (var k = doc.Countries.Count - 1; k >= from && doc.Countries[k].Start >= before - Roles.MaxClause; k--)
            if (doc.Countries[k].Start < before && doc.Countries[k].Iso3 == iso3) return true;
        return false;
    }

    // "exports hit 6.4 billion U.S. dollars, while imports stood at 270 million dollars", "NZ$1.2 billion ... $300 million": a bare
    // dollar after a named one in the same sentence is the same dollar, whoever publishes the text.
    private static void SameDollarAsBefore(Document doc, Sentence s)
    {
        string? named = null;
        for (var i = s.MoneyFrom; i < s.MoneyTo; i++)
        {
            var m = doc.Monies[i];
            // Not a restatement right after a figure ("NZ$10 billion ($8.77 billion)"): that is the other dollar, as the brackets say.
            var restates = i > s.MoneyFrom && m.Start - doc.Monies[i - 1].End is >= 0 and <= 40
                           && Patterns.ConversionBefore().IsMatch(doc.Text.AsSpan(doc.Monies[i - 1].End, m.Start - doc.Monies[i - 1].End));
            if (m.Bare && named is not null && !restates) doc.Monies[i] = m with { Currency = named, Bare = false };
            else if (!m.Bare && (m.Currency == "USD" || DollarCountries.ContainsValue(m.Currency))) named = m.Currency;
        }
    }

    private static void DropCountriesInsideMoney(Document doc, Sentence s)
    {
        // Both lists are in text order: one merge walk, linear even for a megabyte-long "sentence".
        var keep = s.CountryFrom;
        var k = s.MoneyFrom;
        for (var i = s.CountryFrom; i < s.CountryTo; i++)
        {
            var c = doc.Countries[i];
            while (k < s.MoneyTo && doc.Monies[k].End <= c.Start) k++;
            var inside = k < s.MoneyTo && c.End > doc.Monies[k].Start;
            if (!inside) doc.Countries[keep++] = c;
        }
        doc.Countries.RemoveRange(keep, s.CountryTo - keep);
        s.CountryTo = keep;
    }

    /// <summary>The currency of a mention: a bare "$" takes the publisher's dollar.</summary>
    public string CurrencyOf(MoneyMention m) => m.Bare ? Dollar : m.Currency;

    /// <summary>The dollar a country writes as "$" at home (Australia's, New Zealand's, Canada's, ...); null for one without a dollar of its own.</summary>
    public static string? DollarOfCountry(string iso3) => DollarCountries.GetValueOrDefault(iso3);

    private static readonly Dictionary<string, string> DollarCountries = new(StringComparer.Ordinal)
    {
        ["AUS"] = "AUD", ["NZL"] = "NZD", ["CAN"] = "CAD", ["SGP"] = "SGD", ["HKG"] = "HKD", ["TWN"] = "TWD",
        ["FJI"] = "FJD", ["JAM"] = "JMD", ["TTO"] = "TTD", ["BRB"] = "BBD", ["NAM"] = "NAD", ["BRN"] = "BND", ["GUY"] = "GYD",
        ["BHS"] = "BSD", ["BLZ"] = "BZD", ["SLB"] = "SBD",
    };

    // A newspaper named for its country writes that country's dollars as "$" on a generic host ("fijitimes.com",
    // "jamaicaobserver.com", "canadianbusiness.com"): the word a host's name starts with, and the country.
    private static readonly (string Word, string Iso3)[] DollarHostWords =
    [
        ("newzealand", "NZL"), ("australia", "AUS"), ("canad", "CAN"), ("fiji", "FJI"), ("jamaica", "JAM"), ("trinidad", "TTO"),
        ("barbados", "BRB"), ("namibia", "NAM"), ("guyana", "GUY"), ("bahamas", "BHS"), ("belize", "BLZ"), ("solomon", "SLB"),
    ];

    // A title alone says the home dollar only for the larger economies: a profile of a Caribbean or Pacific economy headed by its name
    // writes US dollars ("Trinidad & Tobago and Guyana, longstanding economic tie": "2.9 percent of Trinbagonian exports ($316 million)").
    private static readonly HashSet<string> TitledDollarCountries = ["AUS", "NZL", "CAN", "SGP", "HKG", "TWN"];

    // Where a wire writes US dollars as "$" too, a dateline alone does not say the local dollar (Singapore, Hong Kong, Taipei).
    private static readonly HashSet<string> WireHubs = ["SGP", "HKG", "TWN"];

    // Cities other than capitals that date a text from a dollar country's government.
    private static readonly Dictionary<string, string> DollarCities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sydney"] = "AUS", ["Melbourne"] = "AUS", ["Brisbane"] = "AUS", ["Perth"] = "AUS", ["Adelaide"] = "AUS",
        ["Auckland"] = "NZL", ["Christchurch"] = "NZL", ["Toronto"] = "CAN", ["Vancouver"] = "CAN", ["Montreal"] = "CAN", ["Nadi"] = "FJI", ["Lautoka"] = "FJI",
    };

    // A New Zealand, Australian, Canadian or Fijian government or paper writes its own dollars as "$". In order (after a global wire's
    // credit, which says US dollars): the source address
    // (".govt.nz", ".gov.au", ".gc.ca", any ".nz"/".au"/".ca"/".fj" host; another country's host means US dollars; a generic ".com" says
    // nothing unless its name starts with the country's: "fijitimes.com"); a dateline in such a country (not a wire hub); a text that
    // writes "NZ$", "A$", "FJ$" or "C$" elsewhere and never "US$"; a title that names such a country first in a text that never names
    // the United States.
    // Otherwise "$" is the US dollar.
    private static string DollarOf(Document doc, string? source, string? place, Gazetteer gazetteer)
    {
        // A global wire's story carried by another country's site ("(Bloomberg) --" on a ".ca" host, "TORONTO (Reuters) -") writes US
        // dollars as "$" and marks every other dollar ("C$", "A$"), wherever it is published.
        if (Patterns.WireCredit().IsMatch(doc.Text.AsSpan(0, Math.Min(doc.Text.Length, 600)))) return "USD";
        if (source is not null && Uri.TryCreate(source, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.ToLowerInvariant();
            var tld = host[(host.LastIndexOf('.') + 1)..];
            foreach (var (iso3, dollar) in DollarCountries)
                if (gazetteer.Resolve(iso3) is { } c && c.Iso2.Equals(tld, StringComparison.OrdinalIgnoreCase)) return dollar;
            // A country's own host (".gov", ".us", ".cn") writes US dollars or says which; a generic one (".com") says nothing, so the
            // dateline and the text decide.
            if (tld.Length == 2 || host.EndsWith(".gov", StringComparison.Ordinal) || host.EndsWith(".mil", StringComparison.Ordinal)) return "USD";
            foreach (var label in host.Split('.')[..^1])
                foreach (var (word, iso3) in DollarHostWords)
                    if (label.StartsWith(word, StringComparison.Ordinal) || (label.StartsWith("the", StringComparison.Ordinal) && label.AsSpan(3).StartsWith(word, StringComparison.Ordinal)))
                        return DollarCountries[iso3];
        }
        if (place is not null)
        {
            var iso3 = DollarCities.TryGetValue(place, out var city) ? city : gazetteer.Resolve(place)?.Iso3;
            if (iso3 is not null && !WireHubs.Contains(iso3) && DollarCountries.TryGetValue(iso3, out var datelined)) return datelined;
        }
        string? written = null;
        foreach (var m in doc.Monies)
        {
            if (m.Bare) continue;
            if (m.Currency == "USD") return "USD";
            if (DollarCountries.ContainsValue(m.Currency)) written ??= m.Currency;
        }
        if (written is not null) return written;
        var titleEnd = doc.Sentences.Count > 0 && doc.Sentences[0].Headline ? doc.Sentences[0].CountryTo : 0;
        if (titleEnd > 0 && TitledDollarCountries.Contains(doc.Countries[0].Iso3) && DollarCountries.TryGetValue(doc.Countries[0].Iso3, out var titled)
            && !doc.Countries.Exists(c => c.Iso3 == "USA"))
            return titled;
        return "USD";
    }

    // A currency several countries call by one name and mark ("Rs", "Sh"): the code a bare mention reads as, each country's own
    // code, the marks and the word that leave the country unsaid, the nationalities that say it, and the countries whose own currency
    // is spelled so (where others only write it so: Oman's is the rial, written "riyal" too).
    private sealed record LocalUnit(string Default, Dictionary<string, string> Countries, string[] Marks, string Word, string[] Nationals, string[]? SpelledSo = null);

    private static readonly LocalUnit[] LocalUnits =
    [
        new("INR", new(StringComparer.Ordinal) { ["IND"] = "INR", ["PAK"] = "PKR", ["LKA"] = "LKR", ["NPL"] = "NPR", ["MUS"] = "MUR" },
            ["Rs"], "rupee", ["Indian"]),
        new("KES", new(StringComparer.Ordinal) { ["KEN"] = "KES", ["TZA"] = "TZS", ["UGA"] = "UGX" },
            ["Sh", "sh"], "shilling", ["Kenya", "Tanzania", "Uganda"]),
        // "exports to Nile basin countries reached 19.9 billion pounds" in an Egyptian statistics bulletin: Egyptian pounds. "£" stays sterling.
        new("GBP", new(StringComparer.Ordinal) { ["GBR"] = "GBP", ["EGY"] = "EGP", ["SDN"] = "SDG", ["SSD"] = "SSP", ["LBN"] = "LBP", ["SYR"] = "SYP" },
            [], "pound", ["British", "sterling", "UK", "Egyptian", "Sudanese", "Lebanese", "Syrian"]),
        // "trade reached 895 million riyals in 2012" in a text about Qatar and Jordan: Qatari riyals; "rials" with Oman, Omani rials.
        // "rose from two billion riyals in 2016" between Qatar and Oman: Qatar's riyals, as Oman's currency is the rial.
        new("SAR", new(StringComparer.Ordinal) { ["SAU"] = "SAR", ["QAT"] = "QAR", ["OMN"] = "OMR", ["YEM"] = "YER" }, [], "riyal", ["Saudi"], ["SAU", "QAT"]),
        new("IRR", new(StringComparer.Ordinal) { ["IRN"] = "IRR", ["OMN"] = "OMR", ["YEM"] = "YER" }, [], "rial", ["Iranian"]),
        // "trade reached a total value of 3.3 billion dirhams in 2024" between Morocco and Mauritania: Moroccan dirhams.
        new("AED", new(StringComparer.Ordinal) { ["ARE"] = "AED", ["MAR"] = "MAD" }, ["Dh"], "dirham", ["Emirati", "UAE"]),
        // "110.7 billion FCFA", "CFA 50 billion": the franc of the West African union (XOF) or of the Central African one (XAF).
        new("XOF", new(StringComparer.Ordinal)
            {
                ["BEN"] = "XOF", ["BFA"] = "XOF", ["CIV"] = "XOF", ["GNB"] = "XOF", ["MLI"] = "XOF", ["NER"] = "XOF", ["SEN"] = "XOF", ["TGO"] = "XOF",
                ["CMR"] = "XAF", ["CAF"] = "XAF", ["TCD"] = "XAF", ["COG"] = "XAF", ["GNQ"] = "XAF", ["GAB"] = "XAF",
            }, [], "CFA", []),
        // "P827 million": Philippine papers write the peso so, Botswanan ones the pula ("exports to Zimbabwe declined from P827 million").
        new("PHP", new(StringComparer.Ordinal) { ["PHL"] = "PHP", ["BWA"] = "BWP" }, ["P"], "peso", ["Philippine"]),
        // "exports to China were worth 15.1 billion crowns" from Copenhagen: Danish crowns; with no country of the text that has a crown,
        // no currency at all (Money.NoCurrency), and the figure is dropped. "Danish crowns" and the like say which themselves (Money).
        new(Money.NoCurrency, new(StringComparer.Ordinal) { ["DNK"] = "DKK", ["SWE"] = "SEK", ["NOR"] = "NOK", ["ISL"] = "ISK", ["CZE"] = "CZK" },
            [], "crown", []),
    ];

    // "Rs 350bn" and "rupees", "Sh41 billion" and "shillings", "pounds", "riyals", "rials" and "dirhams" with no nationality are the
    // unit of the country the text is written from (its dateline, its publisher, its host) when that country has one, else of the one
    // such country among the text's main pair ("trade with Pakistan to Rs 350bn"); otherwise the default (Indian rupees, Kenyan
    // shillings, Saudi riyals, UAE dirhams). "Pakistani rupees", "Tanzanian shillings", "KSh" and codes say which themselves.
    private static void WriteLocalUnitsOfTheText(Document doc, string? source, string? place, Gazetteer gazetteer)
    {
        foreach (var unit in LocalUnits)
        {
            if (!HasCurrency(doc, unit.Default)) continue;
            string? own = null;
            foreach (var country in (ReadOnlySpan<string?>)[place is null ? null : gazetteer.Resolve(place)?.Iso3, doc.Publisher, HostCountryOf(source, gazetteer)])
                if (country is not null && unit.Countries.TryGetValue(country, out var code)) { own = code; break; }
            if (own is null && doc.MainPair is { } pair) own = UnitOfOneSide(unit, pair.A, pair.B);
            if (own is null || own == unit.Default) continue;
            var rewrote = false;
            for (var i = 0; i < doc.Monies.Count; i++)
            {
                var m = doc.Monies[i];
                var after = rewrote;
                rewrote = false;
                if (m.Currency != unit.Default) continue;
                var written = doc.Text.AsSpan(m.Start, m.End - m.Start);
                var before = doc.Text.AsSpan(Math.Max(0, m.Start - 12), Math.Min(12, m.Start));
                var unqualified = false;
                foreach (var mark in unit.Marks) unqualified |= written.StartsWith(mark, StringComparison.Ordinal);
                if (!unqualified && written.Contains(unit.Word, StringComparison.OrdinalIgnoreCase))
                {
                    unqualified = true;
                    foreach (var national in unit.Nationals)
                        unqualified &= !written.Contains(national, StringComparison.Ordinal) && !before.Contains(national, StringComparison.Ordinal);
                }
                // "802 million riyals in 2019, 660 million in 2020": a figure with no unit of its own right after one rewritten is in
                // that unit too.
                unqualified |= after && Money.IsUnmarked(written);
                if (unqualified) doc.Monies[i] = m with { Currency = own };
                rewrote = unqualified;
            }
        }
    }

    // A unit the text never tied to a country ("crowns" in a text from nowhere that has them) is no currency: its figures go, and each
    // sentence's range of figures closes up.
    private static void DropFiguresWithNoCurrency(Document doc)
    {
        if (!HasCurrency(doc, Money.NoCurrency)) return;
        var kept = new List<MoneyMention>(doc.Monies.Count);
        foreach (var s in doc.Sentences)
        {
            var from = kept.Count;
            for (var i = s.MoneyFrom; i < s.MoneyTo; i++)
                if (doc.Monies[i].Currency != Money.NoCurrency) kept.Add(doc.Monies[i]);
            (s.MoneyFrom, s.MoneyTo) = (from, kept.Count);
        }
        doc.Monies.Clear();
        doc.Monies.AddRange(kept);
    }

    // The unit of the one side of a pair that uses the word; when both do, of the side whose own currency is spelled so, if only one is.
    private static string? UnitOfOneSide(LocalUnit unit, string a, string b)
    {
        bool inA = unit.Countries.ContainsKey(a), inB = unit.Countries.ContainsKey(b);
        if (inA != inB) return unit.Countries[inA ? a : b];
        if (!inA || unit.SpelledSo is not { } spelled || spelled.Contains(a) == spelled.Contains(b)) return null;
        return unit.Countries[spelled.Contains(a) ? a : b];
    }

    private static bool HasCurrency(Document doc, string currency)
    {
        foreach (var m in doc.Monies)
            if (m.Currency == currency) return true;
        return false;
    }

    // A label is a few capitalised words (with "of", "the") and no figure: "President of Russia Dmitry Medvedev", "Prime Minister",
    // not "U.S. total exports to Mexico" or "Change in 2017 from 2016".
    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        if (label.Length < 4 || label.ContainsAnyInRange('0', '9')) return false;
        var words = 0;
        foreach (var r in label.Split(' '))
        {
            var w = label[r];
            if (w.IsEmpty) continue;
            words++;
            if (!(char.IsUpper(w[0]) || w[0] == '[' || w is "of" or "the" or "bin" or "al" or "de" or "da" or "van" or "von")) return false;
        }
        return words is >= 1 and <= 10;
    }

    private static bool TryDate(System.Text.RegularExpressions.Match m, out DateOnly date)
    {
        date = default;
        var month = m.Groups["mon"].ValueSpan[..3].ToString().ToLowerInvariant() switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
        if (month == 0 || !int.TryParse(m.Groups["day"].ValueSpan, out var day) || !int.TryParse(m.Groups["year"].ValueSpan, out var year)) return false;
        if (year < 1900 || year > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    // A title is one short line; a line of sentences that ends as a sentence ends is a paragraph (titles here run to 130 characters).
    // So is a line of sentences far longer than any title, cut off mid-sentence ("... customs clearance model at border gates on… Read
    // full this story"): a whole page copied as one line.
    private static bool ReadsAsParagraph(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).TrimEnd();
        if (line.Length < 2 || (line[^1] is not ('.' or '!' or '?') && line.Length <= LongestTitle)) return false;
        var split = new List<Sentence>();
        SplitSentences(text, start, start + line.Length, 0, split);
        // "Indonesia and Chile have added a services trade protocol to their bilateral trade agreement as the two emerging economies brace
        // for a potential global recession.": one long sentence with its full stop is a lead paragraph; a title is short and mostly stops
        // without one.
        return split.Count >= 2 || (line[^1] == '.' && line.Count(' ') + 1 >= LeadWords);
    }

    private const int LeadWords = 16;

    private const int LongestTitle = 300;

    private static bool ContinuesOnNextLine(string text, int lineStart, int lineEnd, bool wrapped)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        if (line.IsEmpty || !(char.IsLetterOrDigit(line[^1]) || line[^1] == ',')) return false;
        var next = lineEnd + 1;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        if (next >= text.Length) return false;
        if (char.IsLower(text[next]) || text[next] == '$') return true;
        return wrapped && line.Trim().Length >= WrappedLineLength && (char.IsUpper(text[next]) || char.IsDigit(text[next]));
    }

    // A line this long that stops mid-sentence, in a wrapped text, was cut by the wrapping; a title or a heading is mostly shorter.
    private const int WrappedLineLength = 40;

    // A text wrapped throughout (an archive's fixed-width copy): at least three lines, and one in five of its lines, stop mid-sentence
    // and go on in lower case on the next.
    private static bool HardWrapped(string text)
    {
        int lines = 0, soft = 0;
        for (var pos = 0; pos < text.Length;)
        {
            var end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            if (end - pos > 1)
            {
                lines++;
                if (end < text.Length && ContinuesOnNextLine(text, pos, end, wrapped: false)) soft++;
            }
            pos = end + 1;
        }
        return soft >= 3 && soft * 5 >= lines;
    }

    private static void SplitSentences(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < end && text[j] is '"' or '”' or '’' or '\'' or ')') j++;
            // A footnote mark after the stop ("3 percent.[1] Canada was") ends the sentence too.
            if (j + 2 < end && text[j] == '[' && char.IsAsciiDigit(text[j + 1]))
            {
                var f = j + 1;
                while (f < end && char.IsAsciiDigit(text[f])) f++;
                if (f < end && text[f] == ']') j = f + 1;
            }
            if (j < end && !char.IsWhiteSpace(text[j])) continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k < end && !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '‘' or '(')) continue;
            if (c == '.' && IsAbbreviation(text, s, i)) continue;
            // "1. Kenya: $536 million": the number of a list's line opens its item.
            if (c == '.' && i - s is 1 or 2 && char.IsAsciiDigit(text[s]) && char.IsAsciiDigit(text[i - 1])) continue;
            // "Shs. 45.56 billion", "Rs. 500 crore": a currency mark's full stop before its number.
            if (c == '.' && k < end && char.IsAsciiDigit(text[k]) && IsLetterMarkBefore(text, s, i)) continue;
            AddTrimmed(text, s, j, headline: false, paragraph, into);
            s = k;
            i = k - 1;
        }
        if (s < end) AddTrimmed(text, s, end, headline: false, paragraph, into);
    }

    private static bool IsLetterMarkBefore(string text, int floor, int dot)
    {
        var w = dot;
        while (w > floor && char.IsLetter(text[w - 1])) w--;
        return Money.IsLetterMark(text.AsSpan(w, dot - w));
    }

    private static bool IsAbbreviation(string text, int floor, int dot)
    {
        var w = dot;
        while (w > floor && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text.AsSpan(w, dot - w);
        // An initial ("John F. Kennedy"), not a scale written after a number ("imports of about $16M. In 2018, ...").
        if (word.Length == 1 && char.IsUpper(word[0])) return !(w > floor && char.IsAsciiDigit(text[w - 1]));
        foreach (var a in Abbreviations)
            if (word.Equals(a, StringComparison.Ordinal)) return true;
        return false;
    }

    private static void AddTrimmed(string text, int start, int end, bool headline, int paragraph, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) into.Add(new Sentence { Start = start, End = end, Headline = headline, Paragraph = paragraph, Index = into.Count });
    }

    // Hosts whose top-level domain is no country code but whose publisher is one government's.
    private static readonly string[] UsFederalSuffixes = [".gov", ".mil", ".fed.us"];
    // Country codes sold as generic names ("x.io", "y.tv"): they say nothing of the publisher.
    private static readonly HashSet<string> GenericCountryCodes = new(StringComparer.Ordinal) { "io", "co", "tv", "me", "ai", "fm", "ly", "to", "cc", "ws", "gg", "so", "eu" };

    // Labels and hosts of government publishers: "beehive.govt.nz", "www.gov.uk", "pm.gc.ca", "mofa.go.jp", "kremlin.ru".
    private static readonly HashSet<string> GovernmentLabels = new(StringComparer.Ordinal) { "gov", "govt", "gc", "gouv", "gob", "go", "gv", "admin", "government" };
    private static readonly string[] GovernmentHosts = ["kremlin.ru", "mid.ru", "president.", "mfa.", "mofa.", "pmo.", "pm.", "primeminister.", "premier."];

    // A source address as a URI, a bare host ("fijitimes.com/...") read as one on the web; null for no address or a name.
    private static Uri? AddressOf(string? source) =>
        source is not null && Uri.TryCreate(source.Contains("://", StringComparison.Ordinal) ? source : "http://" + source, UriKind.Absolute, out var uri) ? uri : null;

    /// <summary>The publication date a page's address writes in its path or query: "/2024/06/13/", "/2019/10/" (the month's first day),
    /// "2023-03-20", "27-Feb-2022", a date-stamped id "/201701311050189923-", "ud=20180917000718". None for an address without one.</summary>
    public static DateOnly? DateInAddress(string? source)
    {
        if (AddressOf(source) is not { } uri) return null;
        var m = Patterns.AddressDate().Match(uri.PathAndQuery);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["year"].ValueSpan);
        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan) : 0;
        if (month == 0 && TryDate(m, out var named)) return named;
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].ValueSpan) : 1;
        return month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The publishing government's country from its address: a government host under a country-code domain
    /// ("beehive.govt.nz", "gov.uk", "pm.gc.ca", "kremlin.ru") or a U.S. federal one (".gov"). None for a newspaper, whatever its
    /// country ("people.cn" writes about New Zealand's trade as readily as China's), a generic domain or a bloc's (".eu").</summary>
    public static string? PublisherOf(string? source, Gazetteer gazetteer)
    {
        if (AddressOf(source) is not { } uri) return null;
        var host = uri.Host.ToLowerInvariant().TrimEnd('.');
        foreach (var suffix in UsFederalSuffixes)
            if (host.EndsWith(suffix, StringComparison.Ordinal)) return "USA";
        var labels = host.Split('.');
        var government = labels.Any(GovernmentLabels.Contains) || GovernmentHosts.Any(g => g.EndsWith('.') ? host.StartsWith(g, StringComparison.Ordinal) || host.Contains("." + g, StringComparison.Ordinal) : host == g || host.EndsWith("." + g, StringComparison.Ordinal));
        return government ? HostCountryOf(source, gazetteer) : null;
    }

    /// The country of a source address's country-code domain ("farmersweekly.co.nz", "gov.uk"); none for a generic or bloc domain.
    public static string? HostCountryOf(string? source, Gazetteer gazetteer)
    {
        if (AddressOf(source) is not { } uri) return null;
        var host = uri.Host.ToLowerInvariant().TrimEnd('.');
        var tld = host[(host.LastIndexOf('.') + 1)..];
        if (tld == "uk") return "GBR";
        return tld.Length == 2 && !GenericCountryCodes.Contains(tld) ? gazetteer.Resolve(tld.ToUpperInvariant())?.Iso3 : null;
    }

    // The two countries the document is mostly about; the headline counts double.
    // The dateline's country and the publisher's count once, after every named one: a Kremlin transcript datelined MOSCOW never needs
    // to name Russia, and a U.S. fact sheet headed "Peru" speaks of U.S. trade with Peru.
    private static (string, string)? MainPairOf(Document doc, string? datelineCountry, string? publisher)
    {
        var counts = new Dictionary<string, (int Count, int First)>();
        if (datelineCountry is not null) counts[datelineCountry] = (1, int.MaxValue);
        foreach (var s in doc.Sentences)
            for (var i = s.CountryFrom; i < s.CountryTo; i++)
            {
                var c = doc.Countries[i];
                // "Poland has overtaken Russia ...", "second-largest partner after China": a country named for comparison is no side.
                if (Pairs.IsComparison(doc, c)) continue;
                var w = s.Headline ? 2 : 1;
                counts[c.Iso3] = counts.TryGetValue(c.Iso3, out var v) ? (v.Count + w, v.First) : (w, c.Start);
            }
        // A government's own release is about its country's relations: the publisher is one side, the most named other country the second.
        var candidates = counts.Where(kv => kv.Key != publisher).OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).ToList();
        var need = publisher is null ? 2 : 1;
        // Equal counts among the countries that make the pair are told apart by where a country is named: in a sentence about trade before
        // one about anything else ("after visiting Malaysia and Indonesia" beside "trade between Türkiye and Pakistan"), then first named
        // first. The sentences are read for it only when such a tie decides.
        for (var k = 0; k < need && k + 1 < candidates.Count; k++)
        {
            if (candidates[k].Value.Count != candidates[k + 1].Value.Count) continue;
            var inTrade = NamedInTrade(doc);
            candidates = candidates.OrderByDescending(kv => kv.Value.Count).ThenByDescending(kv => inTrade.Contains(kv.Key)).ThenBy(kv => kv.Value.First).ToList();
            break;
        }
        (string, string)? pair = publisher is not null
            ? candidates.Count > 0 ? (publisher, candidates[0].Key) : null
            : candidates.Count >= 2 ? (candidates[0].Key, candidates[1].Key) : null;
        // "Russia-EU Trade Turnover Plunged": a text that names a bloc more than once and as often as the second country of its pair is
        // about the bloc's trade, and "this figure" in it is no pair's (the pair still says whose partners its rankings are).
        var bloc = MostNamedBloc(doc);
        doc.AboutBloc = bloc >= 2 && (pair is not { } p || bloc >= counts[p.Item2].Count);
        return pair;
    }

    // The countries named in a sentence with a flow word.
    private static HashSet<string> NamedInTrade(Document doc)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in doc.Sentences)
            if (s.CountryFrom < s.CountryTo && Patterns.FlowWord().IsMatch(doc.Text.AsSpan(s.Start, s.End - s.Start)))
                for (var i = s.CountryFrom; i < s.CountryTo; i++) named.Add(doc.Countries[i].Iso3);
        return named;
    }

    // How often the most named bloc is named, the headline counting double as for countries ("EU" and "European Union" are one).
    private static int MostNamedBloc(Document doc)
    {
        Dictionary<string, int>? counts = null;
        foreach (var s in doc.Sentences)
        {
            var span = doc.Text.AsSpan(s.Start, s.End - s.Start);
            if (!Patterns.Has(span, Patterns.NamedBlocCue)) continue;
            foreach (var m in Patterns.NamedBloc().EnumerateMatches(span))
            {
                var name = doc.Text.AsSpan(s.Start + m.Index, m.Length);
                var key = name.StartsWith("EU") || name.StartsWith("European") ? "EU" : name.StartsWith("Eura") || name.StartsWith("EEU") ? "EAEU" : name.ToString();
                counts ??= [];
                counts[key] = counts.GetValueOrDefault(key) + (s.Headline ? 2 : 1);
            }
        }
        return counts is null ? 0 : counts.Values.Max();
    }

    // Mentions are in text order and never overlap, so those inside a range are one contiguous slice: no copy, no list.
    public ReadOnlySpan<CountryMention> CountriesIn(Sentence s, int start, int end) => CountriesIn(s, start, end, startsOnly: false);

    /// <summary>The mentions that begin in a range, whatever their length: a window of words after a figure reaches a name that begins
    /// in it ("worth of goods and services from Saudi Arabia").</summary>
    public ReadOnlySpan<CountryMention> CountriesStartingIn(Sentence s, int start, int end) => CountriesIn(s, start, end, startsOnly: true);

    private ReadOnlySpan<CountryMention> CountriesIn(Sentence s, int start, int end, bool startsOnly)
    {
        int lo = s.CountryFrom, hi = s.CountryTo;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Countries[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        var last = lo;
        while (last < s.CountryTo && (startsOnly ? Countries[last].Start < end : Countries[last].End <= end)) last++;
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Countries)[lo..last];
    }
}

internal sealed class Sentence
{
    public int Start { get; init; }
    public int End { get; init; }
    public bool Headline { get; init; }
    public int Paragraph { get; init; }
    public int Index { get; init; }
    public int CountryFrom { get; set; }
    public int CountryTo { get; set; }
    public int MoneyFrom { get; set; }
    public int MoneyTo { get; set; }
    public Evidence? Quote { get; set; }
}
