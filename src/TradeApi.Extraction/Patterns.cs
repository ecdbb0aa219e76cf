using System.Text.RegularExpressions;

namespace TradeApi.Extraction;

// Every phrase-level rule of the extractor, compiled at build time. Grouped by what it recognises.
internal static partial class Patterns
{
    private const RegexOptions Opt = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Words without which a pattern cannot match: a vectorised search for them is far cheaper than running the pattern.
    public static readonly System.Buffers.SearchValues<string> MultipleCue = System.Buffers.SearchValues.Create(
        ["doubl", "tripl", "trebl", "quadrupl", "quintupl", "fold"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> IncreaseCue = System.Buffers.SearchValues.Create(
        ["increase", "raise", "boost", "grow", "expand", "lift", "ramp", "push", "bring", "step"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> DecemberCue = System.Buffers.SearchValues.Create(["December", "Dec ", "Dec."], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> YearCue = System.Buffers.SearchValues.Create(["year"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> PartialCue = System.Buffers.SearchValues.Create(
        ["month", "quarter", "half", "week", "day", "M)", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "1H", "2H", "1Q", "2Q", "3Q", "4Q", "year-to-date", "so far", "since", "same period", " period", "timeframe", "time frame", "fiscal", "financial", "FY", "/", "-", "a week", "per week", "weekly", "daily",
         "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> BlocCue = System.Buffers.SearchValues.Create(
        ["EU", "Union", "Africa", "Asia", "Europe", "Latin America", "Middle East", "Arab", "Caribbean", "Pacific", "ASEAN", "Eurasian", "EAEU", "EEU", "Mercosur", "GCC", "Gulf", "BRICS", "OPEC", "CIS", "Commonwealth", "SCO", "G7", "G20",
         "CARICOM", "Caricom", "SADC", "COMESA", "ECOWAS", "SACU", "CEMAC", "UEMOA", "WAEMU", "PIC", "Andean", "SICA",
         "bloc", "foreign trade", "external trade", "international trade", "total trade", "total ", "overall trade", "global", "worldwide", "world", "partners", "markets"], StringComparison.Ordinal);
    public static readonly System.Buffers.SearchValues<string> SayCue = System.Buffers.SearchValues.Create(
        ["said", "says", "told", "stressed", "noted", "remarked", "added", "believe", "explained", "announced", "stated", "emphasi", "underlined",
         "pointed out", "insisted", "declared", "argued", "suggested", "observed", "commented", "confirmed", "wrote", "urged", "predicted",
         "promised", "pledged", "vowed", "proposed", "thinks", "hope", "expect", "reiterated", "recalled", "estimated", "according to", "reported"], StringComparison.Ordinal);

    public static bool Has(ReadOnlySpan<char> text, System.Buffers.SearchValues<string> cue) => text.IndexOfAny(cue) >= 0;
    // Cues of the role patterns (Roles.cs): each pattern runs only where one of its words occurs.
    public static readonly System.Buffers.SearchValues<string> AverageCue = System.Buffers.SearchValues.Create(["averag"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> LaterStretchCue = System.Buffers.SearchValues.Create(["since then", "years"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> PresentCue = System.Buffers.SearchValues.Create(["now", "current", "present"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> ProductObjectCue = System.Buffers.SearchValues.Create(
        ["valued at", "amounting to", "totaling", "totalling", " for "], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> BalanceCue = System.Buffers.SearchValues.Create(
        ["deficit", "surplus", "balance", "gap", "excess", "difference"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> FlowNounCue = System.Buffers.SearchValues.Create(
        ["trade", "export", "import", "shipment", "sales", "supplies", "deliveries", "purchases", "turnover"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> ForecastCue = System.Buffers.SearchValues.Create(
        ["could", "may", "might", "likely", "probab", "possib", "perhaps", "expect", "forecast", "project", "predict", "anticipat", "poised", "potential",
         "estimate", "seen ", "on course", "on pace", "set to", "result"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> WillCue = System.Buffers.SearchValues.Create(
        ["will", "shall", "would", "'ll"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> ComparisonCue = System.Buffers.SearchValues.Create(
        ["after", "behind", "ahead", "followed", "than", "outside", "exclud", "except", "besides", "includ", "such as", "like", "below", "above", "overt",
            "displac", "outpac", "outstrip"], StringComparison.OrdinalIgnoreCase);
    // Every word the Intent pattern needs; most clauses before a figure have none, and skip the pattern.
    public static readonly System.Buffers.SearchValues<string> IntentCue = System.Buffers.SearchValues.Create(
        ["goal", "target", "aim", "ambition", "objective", "plan", "intend", "intention", "want", "wish", "would like", "hop", "seek", "sought", "striv", "pledg", "vow",
         "commit", "agree", "consent", "instruct", "directive", "decid", "resolv", "sights", "should", "shall", "must", "envisag", "look", "determined", "ready", "task", "aspir", "roadmap", "road map", "benchmark", "call", "priorit",
         "raise", "bring", "lift", "boost", "increase", "push", "take", "expand", "grow", "double", "triple", "enhance", "elevate",
         "increasing", "raising", "doubling", "tripling", "enhancing", "elevating", "taking", "on reaching", "at reaching", "for reaching", "toward"], StringComparison.OrdinalIgnoreCase);
    public static readonly System.Buffers.SearchValues<string> SameYearCue = System.Buffers.SearchValues.Create(
        ["same year", "same period", "that year"], StringComparison.OrdinalIgnoreCase);
    private const RegexOptions OptI = Opt | RegexOptions.IgnoreCase;

    private const string FullMonth = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Month = FullMonth + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    // A month with or without its day: "October", "7 October", "October 7th".
    private const string DayMonth = "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:" + Month + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?";

    // A year and the next written as a span: "2019-20", "2022/23", "2020-'21" (a fiscal year); not a date and its clock time ("17 February
    // 2020 - 20:06", "08/14/2025 - 09:09").
    private const string YearSpan = "(?:19|20)\\d\\d\\s?[/–-]\\s?(?:['’‘]?\\d{2}|(?:19|20)\\d\\d)(?!\\d|:\\d)";

    // A full calendar year put as quarters or months: "the four quarters to the end of Q4 2023", "the 12 months to the end of December
    // 2023", "the year ended December 2023", "January through December 2022", "Jan - Dec 2023".
    [GeneratedRegex("\\b(?:(?:(?:four|4)\\s+quarters\\s+(?:to|ending)\\s+(?:the\\s+end\\s+of\\s+)?(?:Q4|the\\s+fourth\\s+quarter(?:\\s+of)?)|(?:12|twelve)\\s+months\\s+(?:to|ending|ended)\\s+(?:the\\s+end\\s+of\\s+)?December"
        + "|year\\s+(?:ended|ending|to)\\s+(?:the\\s+end\\s+of\\s+)?December(?:\\s+31,?)?|(?:Jan(?:uary|\\.)?\\s*(?:-|–|to|through)|between\\s+Jan(?:uary|\\.)?\\s+and)\\s*Dec(?:ember|\\.)?(?:\\s+of)?)\\s+(?<y>(?:19|20)\\d\\d)\\b"
        // "in 2024 (January-December)": the year first, its months in brackets after it.
        + "|(?<y>(?:19|20)\\d\\d)\\s*\\(\\s*Jan(?:uary|\\.)?\\s*(?:-|–|to|through)\\s*Dec(?:ember|\\.)?\\s*\\))", OptI)]
    public static partial Regex CalendarYearSpan();

    // "in the year to December", no year written: the last calendar year ended before the text.
    [GeneratedRegex("\\b(?:year|(?:12|twelve)\\s+months)\\s+(?:ended|ending|to)\\s+(?:the\\s+end\\s+of\\s+)?December\\b(?!,?\\s*(?:31,?\\s*)?(?:19|20)\\d\\d)", OptI)]
    public static partial Regex UndatedYearToDecember();

    // "MOSCOW, June 6, 2019 -", "WIESBADEN, 15 February 2024 -", "Mumbai, October 9, 2025:", "CAIRO – May 31, 2022:"; a wire's credit
    // in brackets that ends in the date, "WASHINGTON (Wire News / Agency - 11th December, 2019) ".
    [GeneratedRegex(
        "^[ \\t]*(?:(?:(?<place>[\\p{Lu}][\\p{L} .'’/-]{0,40}?)(?:,|\\s+[–—])\\s+)?(?:(?<mon>" + Month + ")\\.?\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})"
        + "|(?<day>\\d{1,2})\\s+(?<mon>" + Month + ")\\.?,?\\s+(?<year>\\d{4}))\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:[-–—]+|:|\\.?\\s*/\\p{Lu}[\\p{L}-]{1,15}/\\.?)"
        + "|(?<place>\\p{Lu}[\\p{L} .'’/-]{0,40}?)\\s+\\([^()\\n]{1,60}?[-–—,]\\s*(?:(?<mon>" + Month + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})"
        + "|(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mon>" + Month + ")\\.?,?\\s+(?<year>\\d{4}))\\))\\s*", Opt)]
    public static partial Regex Dateline();

    // Right before a figure, a number with a scale and no currency read, then the bracket the figure converts it in: "832 million dinars,
    // about (", "772 million in 2022 (".
    [GeneratedRegex("\\d\\s*(?:trillion|billion|million|bn|mn|mln|bln)\\b(?:\\s+[\\p{L}\\d]+){0,3}\\s*,?\\s*(?:(?:about|approximately|around|roughly|some|or|i\\.e\\.)\\s*)?\\(\\s*(?:(?:about|approximately|around|roughly)\\s+)?$", OptI)]
    public static partial Regex ConversionOfUnread();

    // The credit of a global wire that opens its story: "(Bloomberg) --", "TORONTO (Reuters) -", "(AP) —".
    [GeneratedRegex("\\((?:Bloomberg|Reuters|AP|AFP|Associated\\s+Press|Agence\\s+France-Presse)\\)\\s*[-–—]", Opt)]
    public static partial Regex WireCredit();

    // A date in a page's address: "/2024/06/13/", "/2019/10/", "-2023-03-20", "/27-Feb-2022/", "/201701311050189923-", "=20180917000718".
    [GeneratedRegex(
        "/(?<year>(?:19|20)\\d\\d)/(?<m>0?[1-9]|1[0-2])(?:/(?<day>0?[1-9]|[12]\\d|3[01]))?(?=[/?#]|$)"
        + "|(?<![\\d])(?<year>(?:19|20)\\d\\d)-(?<m>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?!\\d)"
        + "|(?<![\\w])(?<day>\\d{1,2})-(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*-(?<year>(?:19|20)\\d\\d)(?!\\d)"
        + "|[/=](?<year>20\\d\\d)(?<m>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\\d|3[01])(?:\\d{6}|\\d{10})?(?=[-/&.?#]|$)", OptI)]
    public static partial Regex AddressDate();

    [GeneratedRegex(
        "\\b(?:Published|Posted|Updated|Dated|Date)\\b[^\\n\\d]{0,12}(?:(?<mon>" + Month + ")\\.?\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})"
        + "|(?<day>\\d{1,2})\\s+(?<mon>" + Month + ")\\.?,?\\s+(?<year>\\d{4}))", OptI)]
    public static partial Regex LooseDate();

    // A line that is a date and nothing else, as many pages print one under the title: "May 17, 2017", "Friday, October 16, 2009",
    // "Updated December 18, 2018", "20 December 2018 15:50", "Wednesday - 5 October 2022", "11Jul 2018" (the day set against the month).
    [GeneratedRegex(
        "^[ \\t]*(?:(?:Updated|Published|Posted)\\s+)?(?:\\p{Lu}[\\p{L} .'’-]{0,30}?,\\s+(?:\\p{Lu}[\\p{L} .'’-]{0,30}?,\\s+)?)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s*[,–—-]?\\s+)?(?:(?<mon>" + Month + ")\\.?\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})"
        + "|(?<day>\\d{1,2})\\s*(?<mon>" + Month + ")\\.?,?\\s+(?<year>\\d{4}))(?:,?\\s+\\d{1,2}:\\d{2})?[ \\t]*(?:\\([^)\\n]{1,20}\\)[ \\t]*)?\\r?$", Opt | RegexOptions.Multiline)]
    public static partial Regex DateLine();

    // A calendar year; not one that opens a fiscal year ("2011-12", "2022/23", "2020-'21"), nor either end of a span written in full
    // ("In 2022-2023, it further increased to USD 12.39 billion": a fiscal year too), nor a decade ("the early 2000s", "the 1990's"); "2018's"
    // (not a decade) is the year's own. A programme's name ("its Vision 2021 programme", "Agenda 2063") names no year of a figure.
    [GeneratedRegex("(?<![\\d$€£.,])(?<!(?:19|20)\\d\\d\\s?[/–-]\\s?)(?<!\\b(?:Vision|Agenda|Expo)\\s)(?<y>(?:19|20)\\d\\d)(?![\\d%]|s\\b|(?<=0)['’]s\\b|\\s*(?:percent|per cent)|\\s?[/–-]\\s?['’‘]?\\d{2}(?!\\d)|\\s?[/–-]\\s?(?:19|20)\\d\\d(?!\\d))", Opt)]
    public static partial Regex Year();

    // "by 2024", "since April 2018", "compared with 2019", "with regard to 2008": a year that starts, ends or compares, not the one a figure is for ("by the end
    // of December 2020" is that year's).
    // "more than double the figure in 2021": the year of the figure compared with; so "59.2% up on 2003", "an increase over 2003",
    // "up 35.7 percent over that of 2013", "grew 12% on 2019",
    // "doubled comparing to 2016", "surpassed the indicators of 2020". "since early 2017", "since the beginning of 2017": a year to date.
    // "less than a third of what it was in 2005", "than it was in 2005": the year of the level compared with. "grew 4.5 times in comparison
    // with 1999 and reached $65.1 million": the year compared with.
    [GeneratedRegex("(?:%\\s+(?:on|over)(?:\\s+that\\s+of)?|\\b(?:by|for|until|till|since|from|comparing\\s+(?:with|to)|" + ComparedTo + "|(?:with\\s+(?:regard|respect)|relative|in\\s+relation)\\s+to|than\\s+in|(?:what|than|as)\\s+(?:it|they|this|that)\\s+(?:was|were|had\\s+been)\\s+in|per\\s*cent\\s+(?:on|over)(?:\\s+that\\s+of)?|(?:up|down|higher|lower|rise|increase|growth|decline|decrease|fall|gain|drop|jump)\\s+(?:on|over)|(?:double|triple|twice|than|above|below|surpass(?:ed|ing|es)?|exceed(?:ed|ing|s)?)\\s+(?:that\\s+of|the\\s+(?:figure|level|value|total|volume|indicator|result)s?)\\s+(?:in|of)))\\s+(?:the\\s+(?:end|beginning|start)\\s+of\\s+|(?:early|mid|late)[-\\s]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November)\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex YearGovernor();

    [GeneratedRegex(
        "\\b(?:(?<last>last|previous|past)\\s+year|(?<prev>a\\s+year\\s+(?:earlier|before|ago)|the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year\\s+before)"
        + "|(?<this>this|the\\s+current)\\s+year|(?<next>next)\\s+year"
        // "In 2020 it exceeded 23 billion, a year later it rose to 29 billion": the year after the one just named.
        + "|(?<later>a\\s+year\\s+later|the\\s+following\\s+year))\\b(?!['’]s)", OptI)]
    public static partial Regex RelativeYear();

    [GeneratedRegex("\\b(?:last|previous|past)\\s+year['’]s\\b", OptI)]
    public static partial Regex LastYearOwning();

    // After a country's name: a currency ("US currency", "Australian dollars", "US-Dollars", "US 450 million dollars", "US one billion
    // dollars") or a publication ("Pakistan Point News", "China Daily").
    [GeneratedRegex("^(?:(?:\\s+|-)(?i:currency|dollars?)\\b|\\s+(?:\\d[\\d.,]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|a|half\\s+a))\\s*(?i:(?:trillion|billion|million|thousand|bn|mn)\\s+)?(?i:dollars?)\\b|(?:\\s+\\p{Lu}\\w+){0,2}\\s+(?:News|Times|Post|Herald|Tribune|Observer|Today|Gazette|Journal|Telegraph|Express|Chronicle|Daily|Radio|Television|TV|Broadcasting|Agency|Insider|Monitor)\\b)", Opt)]
    public static partial Regex CurrencyOrMediaAfterName();

    // Between two coordinated names: "China and the United States", "Japan, Korea".
    [GeneratedRegex("^\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)(?:the\\s+)?$", OptI)]
    public static partial Regex Coordinated();

    // Right before a multiple in apposition: "..., a more than tenfold increase", "..., nearly double".
    [GeneratedRegex(",\\s*(?:an?\\s+)?(?:(?:more\\s+than|nearly|almost|about|roughly|some)\\s+)?$", OptI)]
    public static partial Regex AppositiveBefore();

    // A sentence that opens by naming the main goods traded and then lists them: "The main commodity groups exported ... included",
    // "the key commodities imported by Egypt from China in 2023 were", "Top export items are", "Among the most significant commodity groups
    // exported to China were", "notable commodities imported from China included".
    [GeneratedRegex("\\b(?:main|key|top|leading|major|principal|largest|biggest|notable|significant|important|primary|chief)\\s+(?:commodit(?:y|ies)(?:\\s+groups?)?|product\\s+groups?|export\\s+(?:items|products|goods|commodities)|import\\s+(?:items|products|goods|commodities)|items)\\b[^.;$€£¥]{0,120}?\\b(?:included?|includes|were|are|consisted\\s+of|comprised?|comprises)\\b"
        // "Key exports included iron and steel products, valued at ...": the goods of a flow, put by the flow's own noun.
        + "|\\b(?:main|key|top|leading|major|principal|largest|biggest|notable|primary|chief)\\s+(?:exports|imports)\\b[^.;$€£¥]{0,60}?\\b(?:included?|includes|consisted\\s+of|comprised?|comprises)\\b", OptI)]
    public static partial Regex GoodsListHead();

    // Right before a flow word: "its exports", "their total imports".
    [GeneratedRegex("\\b(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}$", OptI)]
    public static partial Regex ItsBefore();

    // Right after a country, up to the next one: a relative clause set off after it (", which subsequently turned to ", "(whose exports to ").
    [GeneratedRegex("^\\s*[,(]\\s*(?:which|whose)\\b[^,;()]*$", OptI)]
    public static partial Regex AsideOpening();

    // From the opening "Since" of a sentence to a year, in the same clause (a date's comma allowed): "Since the border reopened on
    // September 26, ".
    [GeneratedRegex("^Since\\s+[^,;.]*(?:,\\s*)?$", Opt)]
    public static partial Regex SinceClauseBefore();

    // "since 1992", "since 2015": the start of a span.
    [GeneratedRegex("\\bsince\\s+(?:19|20)\\d\\d\\b", OptI)]
    public static partial Regex SinceAYear();

    // The words that set a figure or a period against another, listed once for the patterns that read them (YearGovernor and the three
    // below): "compared to", "compared with", "in comparison with", "versus", "vs.", "against" ("as against" too).
    private const string ComparedTo = "compared\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with)|versus|vs\\.?|against";

    // Right before a relative year: the year a change is measured from, not the year of the figure ("up 7 percent on last year",
    // "compared to the same period last year").
    // "compared to the level of the previous year": the same, through the level compared with. "in comparison to", "with regard to",
    // "relative to" too. So is "from the 2019 figure of": the level compared with, named by its year.
    [GeneratedRegex("\\b(?:from|than|with|over|on|" + ComparedTo + "|(?:with\\s+(?:regard|respect)|relative|in\\s+relation)\\s+to|(?:same|corresponding|comparable)\\s+(?:period|month|quarter)(?:\\s+of)?)\\s+(?:(?:the|its)\\s+(?:(?:19|20)\\d\\d\\s+)?(?:level|figure|value|volume|result)s?\\s+(?:of|for|in)\\s+)?$", OptI)]
    public static partial Regex ComparedWith();

    // Right before a year, a figure compared with and its "in": "compared to $374 million in ", "against US$1.2 billion in ".
    [GeneratedRegex("\\b(?:" + ComparedTo + ")\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?\\S*\\d[\\d.,]*(?:\\s*[\\p{L}%$€£]+\\.?){0,3}\\s+(?:in|during)\\s+$", OptI)]
    public static partial Regex ComparedFigureIn();

    // Right before a figure compared with the one before it: ", compared to", "compared with", "against", "versus", "compared to the".
    [GeneratedRegex("\\b(?:" + ComparedTo + ")\\s+(?:the\\s+)?(?:about\\s+|around\\s+|nearly\\s+|some\\s+|approximately\\s+)?$", OptI)]
    public static partial Regex ComparedToBefore();

    // Right after a figure, its own flow: "R22.8bn imports from Nigeria", "$2 billion in exports".
    [GeneratedRegex("^\\s*(?:(?:in|of|worth\\s+of)\\s+)?(?:\\w+\\s+)?(?:exports?|imports?|trade|turnover|shipments?|purchases|sales)\\b", OptI)]
    public static partial Regex FlowNounFirst();

    // Right before a period a figure is compared with: "16 percent more than from ", "compared with ".
    [GeneratedRegex("\\b(?:than|over|" + ComparedTo + ")\\s+(?:(?:in|from|during)\\s+)?(?:the\\s+(?:period\\s+)?(?:from\\s+)?)?$", OptI)]
    public static partial Regex ComparedSpanBefore();

    // Right after a base: "a year earlier", "the previous year", "the year before": the year before the one just named.
    [GeneratedRegex("^\\s*,?\\s*(?:a\\s+year\\s+(?:earlier|before|ago)|(?:in\\s+)?the\\s+(?:previous|prior|preceding)\\s+year|(?:in\\s+)?the\\s+year\\s+before)\\b", OptI)]
    public static partial Regex YearBeforeNamed();

    // "US exports", "India's imports", "Chinese goods exports", "the nation's exports": what one country sells or buys, as a goal's object.
    [GeneratedRegex("^\\s*(?:the\\s+)?(?:(?-i:\\p{Lu}[\\w.]*)(?:['’]s)?|(?:nation|country)['’]s|national)\\s+(?:(?:goods|merchandise|total|overall)\\s+)?(?:exports?|imports?)\\b", OptI)]
    public static partial Regex OwnFlowObject();

    // "a 20 billion dollar export market", "$2 trillion exports by 2030": a flow right after its figure; so after a copula: "and $366
    // million were imports".
    [GeneratedRegex("^\\s*(?:(?:of|in|was|were)\\s+)?(?:exports?|(?<imp>imports?))\\b", OptI)]
    public static partial Regex OwnFlowAfterFigure();

    // " and " joining a figure's flow word to the next figure: "$310.8 million exports and US$1.28 billion imports".
    [GeneratedRegex("\\G\\s*,?\\s+and\\s+", OptI)]
    public static partial Regex AndRightAfter();

    // Right after a flow word: the preposition of the country that flow goes to ("to", "into") or comes from ("from").
    [GeneratedRegex("\\G\\s+(?:(?<to>to|into)|from)\\s+(?:the\\s+)?", OptI)]
    public static partial Regex FlowPreposition();

    // "exports to China", "imports from the United States": a flow with the partner it goes to or comes from.
    [GeneratedRegex("\\b(?:exports?|imports?)\\s+(?:[\\w-]+\\s+){0,2}?(?:to|from|with|into)\\s+(?:the\\s+)?(?-i:\\p{Lu})", OptI)]
    public static partial Regex FlowPartnerAfter();

    // "the same period last year", "the same time period the previous year", "the same timeframe in 2022": the months just named, in
    // another year.
    private const string SamePeriodOfAnotherYearWords = "(?:the\\s+same|(?:the|a)\\s+similar)\\s+(?:(?:time\\s+)?period|time\\s?frame)\\s+(?:last\\s+year|a\\s+year\\s+(?:earlier|ago|before)|(?:(?:of|in)\\s+)?the\\s+(?:previous|preceding|prior)\\s+year|(?:of|in)\\s+(?:19|20)\\d\\d)";
    [GeneratedRegex("^[^,;]*,[^,;]*\\b" + SamePeriodOfAnotherYearWords, OptI)]
    public static partial Regex SamePeriodInTheNextClause();
    // Right before a relative year, a percentage compared with: "as compared to 6.5 percent ", "than 12% ".
    [GeneratedRegex("\\b(?:compared\\s+(?:to|with)|than|from|against|versus)\\s+\\d[\\d.,]*\\s?(?:%|per\\s?cent|pct)\\s+$", OptI)]
    public static partial Regex PercentBefore();
    // Right before a year: "as compared to the same period of ", "against ... in the corresponding period of ", "the same period in year ".
    [GeneratedRegex("\\b(?:same|corresponding|comparable|equivalent)\\s+(?:time\\s+)?period\\s+(?:of|in)\\s+(?:(?:the\\s+)?year\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex SamePeriodBefore();
    // Anywhere in a clause: "compared to the same period last year".
    [GeneratedRegex("\\b" + SamePeriodOfAnotherYearWords, OptI)]
    public static partial Regex SamePeriodOfAnotherYear();

    // "during this period", "in that period": the period just named (not "the period of 2019").
    private const string ThisPeriodWords = "(?:during|in|over|for)\\s+(?:this|that|the)\\s+period\\b(?!\\s+(?:of\\s+)?(?:19|20)\\d\\d)";
    [GeneratedRegex(ThisPeriodWords, OptI)]
    public static partial Regex ThisPeriod();

    // "During the period, ...", "Over the same period, ...": the period just named (not "in the same period of 2016", "the same period
    // last year": another year's months).
    [GeneratedRegex("\\b(?:during|in|over|for)\\s+(?:this|that|the)\\s+(?:same\\s+)?period\\b(?!\\s+(?:of|in|last|a\\s+year|the\\s+(?:previous|prior)))", OptI)]
    public static partial Regex PeriodJustNamed();

    // Before a figure, the years before a year: "knowing that before 2011, it used to reach 2 billion dollars", "prior to 2014" (no
    // calendar year's figure).
    [GeneratedRegex("\\b(?:before|prior\\s+to)\\s+(?:the\\s+)?(?:19|20)\\d\\d\\b", OptI)]
    public static partial Regex BeforeAYear();
    public static readonly System.Buffers.SearchValues<string> BeforeCue = System.Buffers.SearchValues.Create(["before", "prior"], StringComparison.OrdinalIgnoreCase);

    // "in the period", with no year or span after it: the period a text reviews.
    [GeneratedRegex("\\b(?:during|in|over|for)\\s+the\\s+period\\b(?!\\s+(?:of|from|between|since|to|ending|ended|\\d))", OptI)]
    public static partial Regex ThePeriod();

    // A year of the solar Hijri or Buddhist calendar: "during the year 1402", "in 1401", "B.E. 2566".
    [GeneratedRegex("\\b(?:year|in|during|for|of|B\\.?E\\.?)\\s+(?:1[34]\\d\\d|25\\d\\d)\\b(?!\\s*(?:%|percent|per\\b|tons?|tonnes|units|people|km|kilomet))", OptI)]
    public static partial Regex OtherCalendarYear();

    // Part of a year is not a yearly figure.
    [GeneratedRegex(
        "\\b(?:(?:first|last|past|second|third|fourth|final)\\s+(?:(?:\\w+|\\d+)\\s+)?(?:months?|quarters?|half|weeks?|days?)|"
        // "during the forth quarter of 2022" (however the quarter is spelled): a quarter of a named year.
        + "quarter\\s+of\\s+(?:19|20)\\d\\d|"
        // "in 1H17", "2Q 2023": a half or a quarter, the way statistics offices abbreviate it.
        + "H[12]|Q[1-4]|[12]H\\s?(?:19|20)?\\d\\d|[1-4]Q\\s?(?:19|20)?\\d\\d|(?:nine|six|three|eight|ten|eleven)-month|"
        // "over 10 months of this year", "in eight months": a count of months short of twelve.
        + "(?:[1-9]|1[01]|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+months\\b|half[\\s-]year|year-to-date|so\\s+far\\s+(?:this|in)|"
        + "since\\s+(?:the\\s+start\\s+of\\s+)?(?:January|the\\s+beginning)|"
        // "October to December", "between 7 October and 31 December 2022", "from October 7 through December 31", "December 2020 to
        // November 2021" (twelve months, but not a calendar year); "between September 26, 2022, when the border reopened, and June 30,
        // 2023": the first date may carry its year and a clause set off by commas.
        + DayMonth + "(?:,?\\s+(?:19|20)\\d\\d)?(?:,\\s+[^.;]{1,80},)?\\s*(?:-|–|to|through)\\s*" + DayMonth
        + "|[Bb]etween\\s+" + DayMonth + "(?:,?\\s+(?:19|20)\\d\\d)?,?\\s+(?:[^.;]{1,80},\\s+)?and\\s+(?:on\\s+)?" + DayMonth
        // "In November 2021, Uganda exported ...", "During December 2022, ...", "in the month": a month's figure.
        + "|(?:[Ii]n|[Dd]uring)\\s+(?:" + Month + ")(?:\\s+\\d{4})?\\b|(?:in|for|during|over)\\s+the\\s+month\\b|monthly"
        + "|fiscal|financial\\s+year|FY\\s?\\d{2,4}|" + YearSpan
        // "$1.2 billion a week", "in the year to June 2023" (a year that is not the calendar year)
        + "|(?:a|per|each|every)\\s+(?:week|month|day|quarter)|weekly|daily|year\\s+(?:to|ended|ending)\\s+(?:the\\s+end\\s+of\\s+)?(?!Dec)(?:" + Month + ")"
        // "the level of two-way trade at June 2014", "as of September 2023": a level dated by a month is no calendar year's.
        + "|(?:as\\s+)?(?:at|of)\\s+(?:the\\s+end\\s+of\\s+)?(?!Dec)(?:" + Month + ")\\s+(?:19|20)\\d\\d"
        // "an 85 % increase over the same period last year": a figure compared with the same period of an earlier year is a part of a
        // year's ("over the same period" alone, after a year's figure, is that year).
        + "|" + SamePeriodOfAnotherYearWords
        // "during the corresponding period in 2022", "in the reporting period": the period of another figure, a part of a year.
        + "|(?:corresponding|comparable|reporting|reviewed|review)\\s+(?:period|time\\s?frame)|the\\s+same\\s+(?:month|quarter|week)"
        // "amounted to $493.7 million during this period" after a January-May figure: the period just named, in trade releases a part of
        // a year.
        + "|" + ThisPeriodWords
        // "20,5% lower than August 2019": a figure compared with a month is a month's.
        + "|(?:than|from|over|with|against)\\s+(?:in\\s+)?(?:" + Month + ")\\s+(?:19|20)\\d\\d)\\b", Opt)]
    public static partial Regex PartialPeriod();

    // "reaching at the end of July about 19 billion EUR": a total to the end of a month, with no year after it, is a part of a year. Kept
    // out of PartialPeriod, which runs on most clauses, behind a literal that is rare: as one more alternative there it cost about 7 %
    // of the extraction's time.
    // "In 2017 until November, Mongolia exported ...": a year's figure up to a month short of its end is a part of it too.
    [GeneratedRegex("\\b(?:(?:at|by|until|through|as\\s+of)\\s+the\\s+end\\s+of|until|till)\\s+(?!Dec)(?:" + Month + ")\\b", Opt)]
    private static partial Regex EndOfAMonth();

    // "during 8M-22", "the first eight months (8M) of 2022": a count of months, the way Egyptian business papers write it. Kept out of
    // PartialPeriod, behind literals that are rare: as one more alternative there, starting with a digit, it cost about 7 % of the
    // extraction's time.
    [GeneratedRegex("\\b(?:[2-9]|1[01])M(?=\\)|-(?:19|20)?\\d\\d\\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthCount();

    /// <summary>A part of a year in a title written in capitals ("Trade Crosses USD 5 Billion for First Eight Months of 2022"): its words
    /// read as a sentence's (the month names and "H1", "Q1" keep their capitals in <see cref="IsPartialPeriod"/>).</summary>
    public static bool IsPartialPeriodInTitle(ReadOnlySpan<char> span) =>
        Has(span, PartialCue) && PartialPeriod().IsMatch(span.ToString().ToLowerInvariant());

    public static bool IsPartialPeriod(ReadOnlySpan<char> span) =>
        PartialPeriod().IsMatch(span)
        || ((span.Contains("M)", StringComparison.Ordinal) || span.Contains("M-", StringComparison.Ordinal)) && MonthCount().IsMatch(span))
        || ((span.Contains("end of", StringComparison.Ordinal) || span.Contains("until ", StringComparison.OrdinalIgnoreCase) || span.Contains(" till ", StringComparison.Ordinal))
            && EndOfAMonth().IsMatch(span));

    // Right after a level: "exceeded $100 billion by mid-December 2018", "by the end of November": a total so far, short of the
    // calendar year (a deadline after a goal, "by June 2025", is read elsewhere).
    [GeneratedRegex("^\\s*(?:[\\w,]+\\s+){0,2}?by\\s+(?:(?:early|mid|late)[\\s-]?|the\\s+(?:end|middle|start)\\s+of\\s+)?(?:(?!Dec)(?:" + Month + ")\\b|(?:early|mid)[\\s-]?Dec)", Opt)]
    public static partial Regex SoFarByMonth();

    // Right after a level: "in late 2021", "in mid-2023", "in early 2020": a point within a year (a running total then), not the year.
    [GeneratedRegex("^\\s*in\\s+(?:early|mid|late)[\\s-](?:19|20)\\d\\d\\b", OptI)]
    public static partial Regex PointInAYearAfter();

    // "in 2024 (January-June)", "In 2024 (Jan-Sep), trade ...": a year with a part of its months in brackets after it is that part (with all
    // twelve, "(January-December)", CalendarYearSpan reads the year).
    [GeneratedRegex("\\b(?:19|20)\\d\\d\\s*\\(\\s*" + DayMonth + "\\s*(?:-|–|to|through)\\s*" + DayMonth + "\\s*\\)", Opt)]
    public static partial Regex YearWithMonthsInBrackets();

    [GeneratedRegex(
        // "USD 100 billion as target for 2015": the year a goal noun is for is its deadline, past or not.
        "\\b(?:(?<y>(?:19|20)\\d\\d)(?=\\s+(?:targets?|goals?|deadline)\\b)|(?<=\\b(?:targets?|goals?)\\s+)for\\s+(?<y>(?:19|20)\\d\\d)|(?:by|before)\\s+(?:(?:around|about|roughly|approximately)\\s+)?(?:the\\s+(?:end|middle)\\s+of\\s+(?:the\\s+year\\s+)?|the\\s+year\\s+|mid-|early\\s+|late\\s+|end-|(?:the\\s+end\\s+of\\s+)?(?:" + FullMonth + ")\\s+(?:\\d{1,2},?\\s+)?)?(?<y>(?:19|20)\\d\\d)|(?:for|until|till|through|in|during)\\s+(?<fy>20\\d\\d)"
        + "|(?:within|in|over|during)\\s+(?:the\\s+)?(?:next|coming|following)?\\s*(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\\s+years"
        // "to $5 billion within the next two years and to $10 billion within the next four": "years" left out after a count.
        + "|(?:within|over)\\s+the\\s+(?:next|coming)\\s+(?<n>two|three|four|five|six|seven|eight|nine|ten)(?=\\s*(?:[.;,]|$))"
        + "|by\\s+the\\s+end\\s+of\\s+(?<decade>the|this)\\s+decade|(?:within|in|over)\\s+(?:a|the\\s+next|the\\s+coming)\\s+(?<tenyears>decade)|(?<nexty>(?:by\\s+(?:the\\s+end\\s+of\\s+)?)?next\\s+year|within\\s+(?:a|one|the\\s+next)\\s+year|in\\s+(?:a|one)\\s+year(?!\\s+(?:when|of|that|which|in|where)\\b))|(?<thisy>(?:by\\s+the\\s+end\\s+of\\s+)?this\\s+year|by\\s+the\\s+end\\s+of\\s+(?:the\\s+(?:first|second)\\s+half\\s+of\\s+)?the\\s+year|by\\s+year[\\s-]end|for\\s+the\\s+current\\s+year)"
        + "|(?<vague>(?:in|over|within)\\s+the\\s+(?:next|coming)\\s+(?:few|several|couple\\s+of)\\s+years|in\\s+(?:the\\s+)?(?:coming|next)\\s+years"
        + "|in\\s+the\\s+(?:near|foreseeable)\\s+future|in\\s+the\\s+(?:coming|near)\\s+(?:time|period)|soon|in\\s+the\\s+(?:medium|long|short)(?:-|\\s)term|in\\s+(?:the\\s+)?years\\s+to\\s+come"
        + "|eventually|in\\s+(?:the\\s+)?future|over\\s+time|in\\s+the\\s+long\\s+run))\\b", OptI)]
    public static partial Regex Horizon();

    // Right after a year and its comma, the parties and a past verb of agreeing: ", Thailand and Russia agreed to", ", the two sides pledged to".
    [GeneratedRegex("^\\s*,\\s*(?:[\\w'’-]+\\s+){0,6}?(?:agreed|decided|pledged|vowed|promised|resolved|committed|undertook)\\b", OptI)]
    public static partial Regex YearOfAPastAgreement();

    // Read right to left, the first alternative that ends at the figure wins: "no less than" must come before "less than".
    // "trade approached 9 billion dollars", "neared": a level come close to, as "nearly" says.
    [GeneratedRegex(
        "(?<q>no\\s+less\\s+than|not\\s+less\\s+than|no\\s+more\\s+than|not\\s+more\\s+than|just\\s+under|just\\s+below|under|below|less\\s+than|fewer\\s+than|short\\s+of|almost|nearly|close\\s+to|approached|approaching|neared|nearing|about|around|roughly|approximately|approx\\.?"
        + "|some|an\\s+estimated|estimated|circa|just\\s+over|just\\s+above|over|more\\s+than|above|in\\s+excess\\s+of|upwards\\s+of|exceeded|exceeding|exceeds|exceed"
        + "|surpassed|surpassing|surpasses|surpass|topped|topping|tops|top|passed|passing|passes|pass|crossed|crossing|crosses|beyond|at\\s+least|a\\s+minimum\\s+of|minimum\\s+of"
        + "|up\\s+to|at\\s+most|a\\s+maximum\\s+of|maximum\\s+of)\\s+(?:the\\s+)?(?:mark\\s+of\\s+|level\\s+of\\s+|a\\s+record\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex QualifierBefore();

    // "continued to grow", "began to increase": verbs of a movement under way, which aims at nothing.
    // So do "we are able to increase", "have the capacity to increase": a capacity, what could be done, is no aim either.
    private const string UnderWay = "continu\\w*|began|begun|start\\w*|kept|keeps?|managed|(?:was|were|been|is|are|am|be)\\s+able|capacity";

    [GeneratedRegex("\\b(?:" + UnderWay + ")\\s+to\\s*$", OptI)]
    public static partial Regex UnderWayTo();

    // Between an intent word and its figure, a capacity that governs the figure instead: "since we are able to".
    [GeneratedRegex("\\b(?:is|are|am|be)\\s+able\\s+to\\b", OptI)]
    public static partial Regex CapacityBefore();

    [GeneratedRegex(
        "\\b(?:goals?|target(?:s|ed)?|aim(?:s|ed|ing)?|ambitions?|objectives?|plan(?:s|ned|ning)?|intend(?:s|ed)?|intentions?|want(?:s|ed)?|wish(?:es)?|would\\s+like"
        // "Denmark also hopes the visit will lead to a doubling of exports": "that" may be left out before the clause hoped for.
        + "|(?:we|I)\\s+(?:\\w+\\s+)?hope|hop(?:e|es|ed|ing)\\s+(?:to|that|the|this|these|its|their|our)\\b"
        + "|hopefully|seek(?:s|ing)?|sought|striv(?:e|es|ing)|pledg(?:e|ed|es)|vow(?:s|ed)?|commit(?:s|ted|ment)?\\s+to|commitments?\\s+of|(?:agree(?:s|d)?|consent(?:s|ed)?|(?:decid|resolv)(?:e|es|ed))(?:\\s*,[^,.;]{1,80},)?\\s+(?:to|on)|set\\s+sights"
        + "|should|shall|must|envisag(?:e|es|ed)|look(?:s|ing)?\\s+to|determined\\s+to|ready\\s+to|benchmarks?"
        + "|set\\s+(?:a|the|an)\\s+(?:goal|target|task)|tasked|aspir(?:e|es|ation)|road\\s?maps?"
        // "let's define the task to reach $1.5 billion in 2019", "our task is to reach", "the task of raising": a task set is an aim.
        + "|tasks?\\s+(?:is\\s+|was\\s+)?(?:to|of)"
        // "economic priorities ... particularly, raising annual bilateral trade to $3 billion": what leaders put first they aim at.
        + "|priorit(?:y|ies)"
        // "have called for boosting the two-way annual trade to $1 billion".
        + "|call(?:s|ed|ing)?\\s+for"
        // "the instructions of the Heads of State on bringing the mutual trade to one billion": what leaders order is their goal.
        + "|instruct(?:s|ed|ions?)?|directives?"
        // Not "continued to grow", "began to increase", "managed to increase": a movement under way or achieved is no aim.
        // "finalised agreements to further enhance investment and increase the bilateral trade volume to $1 billion".
        + "|(?<!\\b(?:" + UnderWay + ")\\s+)to\\s+(?:further\\s+)?(?:raise|bring|lift|boost|increase|push|take|expand|grow|double|triple|enhance|elevate)"
        // "an agreement was reached on increasing trade turnover to 2 billion US dollars", "aimed at raising trade to": a gerund after
        // "on", "at", "for" looks ahead, as "to increase" does.
        + "|(?:on|at|for)\\s+(?:further\\s+)?(?:increasing|raising|bringing|boosting|lifting|expanding|doubling|tripling|enhancing|elevating|taking|pushing|reaching)"
        // "will work towards doubling the bilateral trade": working towards a level or a multiple is aiming at it.
        + "|work(?:s|ed|ing)?\\s+towards?)\\b", OptI)]
    public static partial Regex Intent();

    // A purpose a sentence opens with, up to its comma: "In order to enhance security, ", "To boost trade, ", "So as to ...".
    [GeneratedRegex("^\\s*(?:In\\s+order\\s+to|So\\s+as\\s+to|With\\s+a\\s+view\\s+to|To)\\s+[^,;:.]{3,120},\\s", Opt)]
    public static partial Regex PurposeOpening();

    [GeneratedRegex(
        "\\b(?:reached|rose|fell|grew|stood|was|were|is|amounted|amounting|totall?ed|totall?ing|climbed|came|exceeded|increased|decreased|dropped|declined|"
        + "jumped|slipped|surged|(?<!\\b(?:to|could|can|may|might|will|would|should|must|shall)\\s)hit|topped|surpassed|crossed|remained|shrank|edged|soared|plunged|eased|recorded|registered|hits|accounted|valued|represented|made\\s+up|added\\s+up)\\b", OptI)]
    public static partial Regex PastVolumeVerb();

    // Right after an intent word, a verb of saying: "want to note that", "would like to stress", "wish to inform"; in the passive, "It should
    // be noted that", "it must be said".
    [GeneratedRegex("^\\s*(?:to\\s+(?:note|say|stress|emphasi[sz]e|underline|underscore|point\\s+out|inform|mention|recall|remind|report|add|highlight|express|thank|congratulate|welcome|announce|share|reiterate|state|acknowledge)"
        + "|be\\s+(?:noted|said|stressed|emphasi[sz]ed|underlined|underscored|pointed\\s+out|mentioned|recalled|reminded|added|highlighted|stated|acknowledged|remembered|recogni[sz]ed))\\b", OptI)]
    public static partial Regex SpeechActAfterIntent();

    // Right before a figure, a relative clause of the present level: "which stands at", "which currently stands at", "that now totals",
    // "which stands at just about" ("which is" is a level verb the intent check already stops at).
    // So is an appositive one: "to more than double the trade turnover between the countries, currently at USD 489 million".
    // So is "the current" before the figure: "agreed to raise the current $5.6 billion in bilateral trade to $8 billion", "to take the
    // current bilateral trade of 78 million dollars to 200 million dollars".
    [GeneratedRegex("(?:\\b(?:which|that)\\s+(?:currently\\s+|now\\s+)?(?:stands?|amounts?\\s+to|totals?|hovers?)\\s+(?:currently\\s+|now\\s+)?(?:at\\s+)?|,\\s*(?:currently|presently|now)\\s+(?:at|standing\\s+at|estimated\\s+at|worth)\\s+|\\bthe\\s+(?:current|present)\\s+(?:(?:[a-z-]+\\s+){1,3}of\\s+)?)(?:just\\s+|only\\s+)?(?:(?:about|around|some|nearly|almost|over|more\\s+than|roughly)\\s+)?$", OptI)]
    public static partial Regex PresentLevelBefore();

    // Right before a figure, a relative clause in the perfect that moves to it: "to increase export volumes which have been steadily
    // growing from US$58,35 million in 2017 to", "that has grown from ... to": where trade has come to, not the aim (its "from" figure
    // is no goal anyway). "been" ends in "en" too: a perfect progressive is a perfect.
    [GeneratedRegex("\\b(?:which|that)\\s+(?:has|have)\\s+[a-z]+(?:ed|en|own)\\b(?:[^.;,]|[.,](?=\\d)){0,100}?\\bto\\s+$", OptI)]
    public static partial Regex PerfectRelativeBefore();

    // Right after a copula, a verb of speech in the passive: "were highlighted", "was discussed", "were set out".
    [GeneratedRegex("^\\s+(?:highlighted|discussed|identified|stressed|outlined|emphasi[sz]ed|underlined|noted|listed|mentioned|set\\s+out|defined|announced|agreed)\\b", OptI)]
    public static partial Regex SaidInPassive();

    // Right after a goal noun, the goal itself raised: "the target had been increased to", "the goal was raised to", "is set to".
    [GeneratedRegex("^\\s+(?:(?:has|have|had)\\s+been|was|were|is|are|will\\s+be)\\s+(?:(?:further|now|also|since)\\s+)?(?:raised|increased|lifted|upped|revised\\s+up(?:wards?)?|set|fixed|pushed\\s+up)\\s+(?:up\\s+)?to\\b", OptI)]
    public static partial Regex GoalRaisedAfterNoun();

    // A contrasting clause joined by a comma: ", while Erdogan expressed confidence", ", whereas".
    [GeneratedRegex(",\\s*(?:while|whereas)\\s", OptI)]
    public static partial Regex ContrastingClause();

    // The past verbs of a flow each way, for the patterns that read one with its direction: "exported", "bought".
    private const string ExportedVerbs = "exported|shipped|sold";
    private const string ImportedVerbs = "imported|bought|purchased";

    // "Kenya exported goods worth 804 million dollars to Uganda": a flow's own verb in the past.
    [GeneratedRegex("\\b(?:exported|imported|shipped)\\b", OptI)]
    public static partial Regex PastFlowVerb();

    // "trade with Israel did not slow down in March", "Turkey last month restricted exports": a month named without its year; the text
    // has moved to a part of a year, and the year it spoke of before no longer dates the figures after it. Read only in a sentence that
    // names no year.
    [GeneratedRegex("\\b(?:(?:in|since|during|until|through|for)\\s+(?:early\\s+|late\\s+|mid-?)?(?:" + FullMonth + ")|(?:last|this|next)\\s+month)\\b", Opt)]
    public static partial Regex UndatedMonth();

    // "from $7 million in 1999, the two countries now trade goods worth about $4 billion": a level of now is no year the sentence
    // named before it.
    [GeneratedRegex("\\b(?:now|currently|presently|at\\s+present|nowadays)\\b", OptI)]
    public static partial Regex PresentAdverb();

    [GeneratedRegex("\\bfor\\s+the\\s+first\\s+time\\b", OptI)]
    public static partial Regex FirstTime();

    // "reached $84.44 billion, well above the $71.18 billion registered last year": a figure another is measured against.
    [GeneratedRegex("\\b(?:above|below|over|under|beyond)\\s+the\\s+$", OptI)]
    public static partial Regex AboveTheBefore();

    // "reached $10 billion after 15 years", "$10 billion five years later": a level reached years after the year spoken of.
    [GeneratedRegex("^\\s*(?:(?:after|in|within)\\s+(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|a\\s+few|several)\\s+years\\b|(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\\s+years\\s+later\\b)", OptI)]
    public static partial Regex YearsLaterAfter();

    // "and since then this figure has increased to", "over the past three years, trade has grown to", "Over the years, South Africa
    // imported": the time after the year spoken of.
    [GeneratedRegex("\\b(?:since\\s+then|(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|few|several|\\d+)\\s+)?years|in\\s+recent\\s+years|over\\s+the\\s+years)\\b", OptI)]
    public static partial Regex LaterStretch();

    // "two-way trade has grown nine-fold, climbing ... to $4.3 billion": a level reached by now, not in a year the text spoke of before.
    [GeneratedRegex("\\b(?:has|have)\\s+(?:(?:already|now|since|steadily|significantly|sharply|almost|nearly|more\\s+than)\\s+)?(?:\\w+ed|grown|risen|fallen|been|gone|become)\\b", OptI)]
    public static partial Regex PresentPerfect();

    [GeneratedRegex(
        "^\\s*(?:(?:in|of)\\s+|as\\s+(?:(?:an?|the|its|their)\\s+)?)?(?:(?:annual|yearly|bilateral|mutual|two-way|total|trade|turnover|commerce|volume|exchange)\\s+){0,3}(?:goals?|targets?|ambitions?|objectives?|aims?|priorit(?:y|ies))\\b"
        // "we will reach 20 billion dollars that we agreed on": a figure the sides agreed on is their goal.
        + "|^\\s*,?\\s*(?:that|which)\\s+(?:we|they|the\\s+(?:two\\s+)?(?:sides|countries|leaders|presidents)|both\\s+(?:sides|countries|leaders))\\s+(?:have\\s+|had\\s+)?(?:agreed|set|committed)\\b"
        // "a trade turnover of $10 billion is a realistic goal", "$10 billion in trade between the two countries is our target": the
        // figure is the subject of a goal named after a copula.
        // "Achieving a trade turnover of $700 million in the coming years was set as a high-priority goal": so after a passive that names
        // it a goal.
        + "|^(?:\\s+(?:in|of)(?:\\s+(?!(?:and|but|or|while|which|that)\\b)[\\w-]+){1,4}?)?(?:\\s+between\\s+(?:(?!and\\b)[^\\s,.;:]+\\s+){1,3}and(?:\\s+(?!(?:and|is|would|will|remains)\\b)[^\\s,.;:]+){1,3})?\\s+(?:is|would\\s+be|will\\s+be|remains"
        + "|(?:is|was|has\\s+been|had\\s+been)\\s+(?:(?:set|defined|identified|fixed)\\s+as|(?:declared|named)(?:\\s+as)?))\\s+(?:(?:a|an|the|our|their|its)\\s+)?(?:[\\w-]+\\s+){0,2}(?:goals?|targets?|objectives?)\\b", OptI)]
    public static partial Regex GoalAfter();

    // A translator's noun for trade ("the commercial exchange between Romania and Georgia"), in the flow words and the trade nouns alike.
    private const string CommercialExchange = "commercial\\s+(?:exchanges?|interchange)";

    [GeneratedRegex(
        "\\b(?<total>trade[ds]?|trading|turnover|commerce|" + CommercialExchange + "|goods|merchandise|two-way|business)\\b|\\b(?<exp>exports?|exported|exporting|shipments?|shipped|deliveries|delivered|sales|sold|supplies|supplied)\\b"
        // "Kenya brought in goods worth Sh21.4 billion from the Asian country": goods brought in are imports.
        + "|\\b(?<imp>imports?|imported|importing|purchases|purchased|bought|brought\\s+in(?=\\s+(?:goods|products|merchandise)\\b))\\b", OptI)]
    public static partial Regex FlowWord();

    [GeneratedRegex("^(?:exports?|exported|exporting|shipments?|shipped|deliveries|delivered|sales|sold|supplies|supplied)$", OptI)]
    public static partial Regex ExportWord();

    [GeneratedRegex("^(?:imports?|imported|importing|purchases|purchased|bought|brought\\s+in)$", OptI)]
    public static partial Regex ImportWord();

    // (Not "at the height of the financial crisis", "the debt crisis": a crisis names a time, not money of another kind.)
    [GeneratedRegex(
        "\\b(?:invest\\w*|loans?|lend|lends|lending|lent|credits?|credit\\s+lines?|deals?|agreements?|contracts?|memorand\\w*|accords?|GDP|gross\\s+domestic\\s+product|economy|"
        + "reserves?|debts?(?!\\s+crisis)|costs?|costing|budget\\w*|spend\\w*|spent|financ\\w*(?!\\s+crisis)|aid|grants?|funds?|funding|capitali[sz]ation|valuation|revenues?|profits?|"
        + "earnings|assets|bonds?|subsid\\w*|assistance|surplus|deficit|imbalance|remittances|tourism|projects?|stakes?|acquisitions?|market\\s+value|tariffs?|duties|"
        + "sanctions|fines?|compensation|salar\\w+|wages?|pledged\\s+to\\s+invest|capital|package|portfolio|economic\\s+(?:relationship|engagement|partnership))\\b", OptI)]
    public static partial Regex NonTrade();

    // The blocs a text may trade with, named: written once for the bloc patterns below.
    private const string NamedBlocs = "European\\s+Union|EU|ASEAN|Eurasian\\s+Economic\\s+(?:Union|Community)|EAEU|EEU|Mercosur|African\\s+Union|GCC|Gulf\\s+Cooperation\\s+Council|BRICS|OPEC|"
        + "CIS|Commonwealth\\s+of\\s+Independent\\s+States|EU-?2[5-8]|SCO|G7|G20|"
        // Regional communities of Africa, the Caribbean, the Pacific and the Americas: "exports to the CARICOM region", "SADC trade".
        + "CARICOM|Caricom|SADC|COMESA|ECOWAS|SACU|CEMAC|UEMOA|WAEMU|PICs?|Pacific\\s+Island\\s+Countries|Andean\\s+Community|Pacific\\s+Alliance|SICA";

    // Cues of the two patterns below: most sentences name no bloc and no country by a word of its official name, and skip them.
    public static readonly System.Buffers.SearchValues<string> NamedBlocCue = System.Buffers.SearchValues.Create(
        ["EU", "European", "ASEAN", "Eurasian", "EAEU", "EEU", "Mercosur", "African Union", "GCC", "Gulf Cooperation", "BRICS", "OPEC", "CIS",
         "Commonwealth", "SCO", "G7", "G20"], StringComparison.Ordinal);
    public static readonly System.Buffers.SearchValues<string> ShortOfficialNameCue = System.Buffers.SearchValues.Create(
        ["Republic", "Kingdom", "Sultanate", "Federation", "Emirates"], StringComparison.Ordinal);

    // "Russia-EU trade turnover", "the US had a trade volume of $671bn with the EU": a bloc named as one side of the text's trade.
    // Not "the two ASEAN neighbours", "EU member states", "the ASEAN summit": a bloc's name used of its members or its meetings.
    [GeneratedRegex("\\b(?:" + NamedBlocs + ")\\b(?!\\s+(?i:neighbou?rs|members?|member\\s+(?:states|countries)|countries|nations|states|economies|partners|region|summits?|leaders|chair\\w*|secretariat)\\b)", Opt)]
    public static partial Regex NamedBloc();

    // "the People's Republic", "the Kingdom", "the Sultanate": a country called by its official name's distinctive word, without its name
    // ("the Kingdom of Saudi Arabia" is found by the gazetteer; "the United Kingdom" has its own name).
    [GeneratedRegex("\\b[Tt]he\\s+(?:People['’]s\\s+Republic|Kingdom|Sultanate|Federation|Emirates)(?:['’]s)?\\b(?!\\s+of\\b)", Opt)]
    public static partial Regex ShortOfficialName();

    // "a trade volume of $671bn with the EU", "exports worth $2 billion to the EU": the bloc right after the figure is its other side; so
    // is a continent or a region ("its target of €100bn in trade with Asia", "$3 billion of exports to Africa"), also one named only as
    // "the region" ("exported about $284 million in goods to the region").
    [GeneratedRegex("^[^.;,]{0,30}?\\b(?:from|to|with)\\s+(?:the\\s+)?(?:" + NamedBlocs
        + "|(?:Central\\s+|South\\s+|Southeast\\s+|South[-\\s]East\\s+|East\\s+)?Asia(?![\\w-])|Asia-Pacific|Africa|Europe|Latin\\s+America|Middle\\s+East|Caribbean|region(?![’']s))\\b", Opt)]
    public static partial Regex BlocAfter();

    // A bloc, a region or the world as a side: "foreign trade" and "external trade" are a country's trade with the world, unless a pair
    // follows ("the volume of foreign trade between Russia and China", "foreign trade turnover with China"); so are "the total exports of
    // the country", "the country's total imports" and "her exports to the world".
    [GeneratedRegex(
        "\\b(?:" + NamedBlocs + "|the\\s+bloc|bloc's|(?:foreign|external)\\s+trade(?!\\s+(?:turnover\\s+|volume\\s+)?(?:between|with)\\b)|(?<=(?:['’]s|\\bour|\\bits|\\btheir|\\bthe)\\s)international\\s+trade(?!\\s+(?:turnover\\s+|volume\\s+)?(?:between|with|of)\\b)|total\\s+(?:\\p{Lu}[\\w.]*\\s+)?trade|total\\s+(?:exports|imports)\\s+of\\s+the\\s+country|the\\s+country['’]s\\s+total\\s+(?:exports|imports)|overall\\s+trade|global\\s+trade|(?:global|worldwide)\\s+(?:exports?|imports?|shipments|sales)|"
        + "world\\s+trade|(?:with|to|from)\\s+the\\s+(?:rest\\s+of\\s+the\\s+)?world|all\\s+(?:its\\s+|their\\s+)?(?:trading\\s+)?partners|(?:Asian|African|European|foreign|global|world)\\s+markets"
        // Continents and regions: "China-Africa trade", "trade with Central Asia" (South Africa is a country).
        + "|(?<!South\\s)Africa|(?:Central\\s+|South\\s+|Southeast\\s+|South-East\\s+|East\\s+)?Asia(?!n)|Europe(?!an)|Latin\\s+America|Middle\\s+East|Arab\\s+(?:world|states|countries|region)|the\\s+Caribbean|Asia-Pacific|the\\s+Pacific"
        // A region's own flow, named by its adjective: "Pacific exports to China", "African imports from India" (not "South African exports").
        + "|(?<!South\\s)(?:Pacific|African|Asian|Caribbean|Latin\\s+American)(?:\\s+island)?\\s+(?:exports?|imports?|shipments)"
        // "the Association of Southeast Asian Nations", "Intra-Commonwealth trade", "imports from the Commonwealth" (not "the
        // Commonwealth of Australia", an Australian government's name for itself).
        + "|Association\\s+of\\s+South-?[Ee]ast\\s+Asian\\s+Nations|[Ii]ntra-Commonwealth|(?:from|with|to)\\s+the\\s+Commonwealth(?!\\s+of\\b))\\b", Opt)]
    public static partial Regex BlocOrWorld();

    // Right before a bloc: a rank and the bloc it is counted in ("third largest among ", "most important trading partner of the Czech
    // Republic in the whole "), or out of ("Hungary's most important trade partner outside ", "biggest partner outside the "); a part of a
    // continent too ("Vietnam's leading trading partner in North ").
    [GeneratedRegex("\\b(?:largest|biggest|top|leading|main|most\\s+important|(?:first|second|third|fourth|fifth|\\d{1,2}(?:st|nd|rd|th))(?:[-\\s]largest)?)\\b[^.;,$€£¥]{0,60}?\\b(?:among|in|within|outside(?:\\s+of)?|beyond)\\s+(?:the\\s+(?:whole\\s+|entire\\s+|other\\s+)?|all\\s+)?(?:(?:North|West|East|Central|Southern|Northern|Western|Eastern|Sub-Saharan|sub-Saharan)\\s+)?$", OptI)]
    public static partial Regex RankScopeBefore();

    // Right after a bloc: the rank of something in it ("Africa's largest economies", "Asia's third-largest economy", "Europe's two biggest").
    [GeneratedRegex("^['’]s\\s+(?:(?:two|three|\\w+est|\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)[-\\s]+)?(?:largest|biggest|top|leading|main|major|richest|most\\s+\\w+|fastest[-\\s]growing)\\b", OptI)]
    public static partial Regex RankInBlocAfter();

    // Right after a bloc, the rest of a treaty's name: "(Eurasian Economic Union)-Vietnam free trade agreement", "(EU) trade deal",
    // "(ASEAN)-China Free Trade Area".
    [GeneratedRegex("^(?:[-–]\\p{Lu}[\\p{L}.]*)?\\s+(?:(?:free\\s+)?trade\\s+(?:agreement|pact|deal|area|zone)|FTA|(?:partnership\\s+)?agreement|treaty|accord)\\b", OptI)]
    public static partial Regex AgreementNameAfter();

    // Right after a bloc word, the rest of an office's name: "According to the Asian-Africa Market Department" names no side.
    [GeneratedRegex("^(?:[-\\s]+\\p{Lu}[\\w-]*){0,3}\\s+(?:Department|Ministry|Bank|Institute|Bureau)\\b", Opt)]
    public static partial Regex OfficeNameAfter();

    // Right before a figure, what a trade verb moved or offers: "Japan imported garments worth ", "exported tea and coffee valued at ",
    // "would export Halal meat worth " (the bare verb only after "would" or "will": "export market, worth" is a noun's), "purchased
    // imported wheat for ",
    // "ready to offer a wide range of industrial and agricultural products worth ", "imported mangoes from Burkina Faso in 2023, valued at ".
    [GeneratedRegex("\\b(?:(?:import|export|shipp|purchas)(?:ed|ing)|(?<=\\b(?:would|will)\\s)(?:import|export)|sold|selling|bought|buying|offer(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?)"
        + "\\s+(?<what>[\\p{L}-]+(?:\\s+(?:and\\s+)?[\\p{L}-]+){0,6}?)"
        + "(?:\\s+(?:from|to)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?(?:\\s+in\\s+(?:19|20)\\d\\d)?,?\\s+"
        + "(?:worth|valued\\s+at|amounting\\s+to|totall?ing|for)\\s+(?:(?:about|around|nearly|almost|over|some|roughly|approximately|more\\s+than|an\\s+estimated)\\s+)?$",
        OptI | RegexOptions.RightToLeft)]
    public static partial Regex TradeVerbObject();

    // What makes a sentence about two countries' relations: "India and Canada's ties grew", "Chile and Bolivia signed a transport accord"
    // (not "Turkey and China are the only countries at G20 that may end the year with growth").
    [GeneratedRegex("\\b(?:relations?|ties|relationship|trade|trading|cooperation|co-operation|partnership|partners|bilateral|between|talks|visit|agreements?|commerce|friendship|summit|accords?|deals?|treaty|memorand\\w*|signed|signing|met|meeting)\\b", OptI)]
    public static partial Regex RelationWord();

    // Right before a flow verb: its subject is a pronoun ("where they exported", "it imported").
    [GeneratedRegex("\\b(?:they|it|he|she|we)\\s+(?:\\w+\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex PronounSubjectBefore();

    // Right before a flow word: "The country exported", "the nation's exports" (a country named before).
    [GeneratedRegex("\\b(?:the|this)\\s+(?:country|nation)(?:['’]s)?\\s+(?:also\\s+|has\\s+|had\\s+)?$", OptI)]
    public static partial Regex TheCountrySubject();

    // Right after a flow word: "imports from the country", "exports to that nation", "to the neighbouring country" (a country named before).
    private const string TheCountryWords = "(?:from|to)\\s+(?:the|that|this)\\s+(?:neighbou?ring\\s+)?(?:country|nation|market)\\b";

    // Right before a country, a directed flow and its preposition: "the value of imports from ", "exported goods worth $6 million to ": the
    // country is that flow's partner, so no trader of a flow named after it ("... imports from Venezuela and is higher than the amount
    // imported from Brazil": Venezuela imports nothing).
    [GeneratedRegex("\\b(?:exports?|exported|exporting|shipments?|shipped|imports?|imported|importing|purchases|purchased|goods)\\b[^.;:()]{0,50}?\\b(?:from|to)\\s+(?:the\\s+)?$", OptI)]
    public static partial Regex FlowPartnerBefore();

    // The trade of several years together: "three-year bilateral trade", "the five-year trade turnover", "2021-2023 trade".
    [GeneratedRegex("\\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})-year|(?:19|20)\\d\\d\\s*[-–]\\s*(?:19|20)\\d\\d)\\s+(?:[\\w-]+\\s+){0,2}?(?:trade|turnover|exports|imports)\\b", OptI)]
    public static partial Regex SeveralYearsTrade();

    // Right before a country, the trade it is the other side of: "Indonesia can balance its bilateral trade with ": the country trades no
    // flow named after it ("... with a target to reach an export value of $2.5 billion" is Indonesia's).
    [GeneratedRegex("\\b(?:trade|trading|commerce)\\s+with\\s+(?:the\\s+)?$", OptI)]
    public static partial Regex TradeWithBefore();

    // A country's relative clause with its flow: ", whose shipments", ", whose exports to".
    [GeneratedRegex("\\p{Lu}[\\w.]*,\\s+whose\\s", Opt)]
    public static partial Regex WhoseAfterName();
    [GeneratedRegex("^\\s*,\\s+whose\\s+(?:[\\w-]+\\s+){0,2}$", OptI)]
    public static partial Regex WhoseFlowBefore();
    [GeneratedRegex("^\\s+" + TheCountryWords, OptI)]
    public static partial Regex TheCountryAfter();
    // Right after a figure: "exported goods worth $586 million to the neighboring country".
    [GeneratedRegex("^[^.;,]{0,30}?\\b" + TheCountryWords, OptI)]
    public static partial Regex TheCountryAfterFigure();

    // "trade in this sector", "exports of that industry": a part of the trade the text has just named.
    // "Imports of these products to Russia amounted to more than $50 million" after a list of goods: the goods just named.
    [GeneratedRegex("\\b(?:this|that|these|those|the\\s+same)\\s+(?:sectors?|industry|industries|segments?|categor(?:y|ies))\\b|\\b(?:these|those)\\s+(?:products|goods|items|commodities)\\b", OptI)]
    public static partial Regex SectorNamedBefore();

    // A sector as the trader: "The service sector exported", "Chile's textile industry has shipped", "the mining sector's exports".
    [GeneratedRegex("\\b(?:sector|industry)(?:\\s+(?:has|have|had)|\\s+also)?\\s+(?:exported|imported|shipped|sold|exports|imports)\\b|\\b(?:sector|industry)['’]s\\s+(?:exports|imports|shipments|sales)\\b", OptI)]
    public static partial Regex SectorTrader();

    // Between a figure and the target it is measured against: "... against a target of ", "... compared with the target of ".
    [GeneratedRegex("\\b(?:against|versus|compared\\s+(?:with|to))\\s+(?:a|the|its|their)\\s+(?:\\w+\\s+)?(?:target|goal)\\s+of\\s+$", OptI)]
    public static partial Regex AgainstTargetBefore();

    // Right before "earnings", "revenue": an export word ("export earnings", "export revenues", "import-export revenue"), trade ("two-way
    // trade revenue"), or a partner whose trade it is ("became Vietnam's fourth-largest partner in Latin America with revenue of").
    [GeneratedRegex("\\b(?:exports?|imports?|trade)\\s+$|\\bpartners?\\b[^.;,]{0,60}\\bwith\\s+(?:an?\\s+|total\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex FlowEarningsBefore();

    // A province, region or state as a trader: "Heilongjiang Province saw trade with Russia reach", "Primorsky Krai", "the province's".
    [GeneratedRegex("\\b\\p{Lu}[\\w'’-]+(?:\\s+\\p{Lu}[\\w'’-]+){0,2}\\s+(?:Province|Prefecture|Oblast|Krai|Governorate|Autonomous\\s+Region)\\b|\\b(?:Province|Prefecture|Oblast|Krai)\\s+of\\s+\\p{Lu}"
        // "the most important partner for the Prairie provinces with C$ 4.3 billion": provinces named together are no country either.
        + "|\\bprovinces\\b", Opt)]
    public static partial Regex SubnationalName();

    // What points back to the figure just given, not to a pair: "this trade had increased to $687 billion" after a bloc's figure.
    [GeneratedRegex("\\b(?:it|its|this\\s+(?:trade|figure|level|volume)|that\\s+(?:figure|level)|the\\s+(?:same\\s+)?figure|the\\s+volume)\\b", OptI)]
    public static partial Regex FigureReferent();

    // A year in a publication's name: "the Economic Survey 2021 shows", "Trade Report 2023" (its year is the year it came out, not the
    // year its figures are for).
    [GeneratedRegex("\\b\\p{Lu}[\\w-]*\\s+(?:Survey|Report|Review|Yearbook|Bulletin|Outlook|Statistics)\\s+$", Opt)]
    public static partial Regex PublicationBefore();

    // A participle after a figure and a comma that goes on with its series: ", growing to", ", rising further to".
    [GeneratedRegex(",\\s*(?:and\\s+)?(?:growing|rising|increasing|climbing|jumping|expanding|reaching)\\s+(?:further\\s+)?to\\s*$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex SeriesParticiple();

    // "by 2021", "by the end of 2021" right after a figure.
    [GeneratedRegex("^\\s*by\\s+(?:the\\s+end\\s+of\\s+)?(?<y>(?:19|20)\\d\\d)\\b", Opt)]
    public static partial Regex ByYearAfter();

    // A past movement to the figure: "grew from $812 million in 2021 to ", "a figure that surged to ", "has grown 43.98 per cent to ".
    [GeneratedRegex("\\b(?:grew|grown|rose|risen|surged|increased|jumped|climbed|fell|fallen|dropped|declined)\\b(?:[^.;]|\\.(?=\\d)){0,120}?\\bto\\s+(?:(?:about|around|over|nearly|almost|some|more\\s+than)\\s+)?$", OptI)]
    public static partial Regex PastMoveBeforeTo();

    // A sentence that goes on with a ranking: "They are followed by", "Followed by", "It was followed by".
    [GeneratedRegex("^\\s*(?:(?:they|these|it|this)\\s+(?:are|were|is|was)\\s+)?followed\\s+by\\b", OptI)]
    public static partial Regex FollowedByOpening();

    // The words of a place in a ranking, found by a vectorised search before the pattern below runs.
    public static readonly System.Buffers.SearchValues<string> PlaceCue = System.Buffers.SearchValues.Create(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"],
        StringComparison.OrdinalIgnoreCase);

    // A place in a ranking right after its country: "came in third", "ranked second", "took fourth place", "was fifth", "was in second place".
    [GeneratedRegex("\\s+(?:came\\s+(?:in\\s+)?|ranked\\s+|ranks\\s+|(?:was|is)\\s+(?:in\\s+)?|took\\s+|takes\\s+|placed\\s+|finished\\s+)(?:the\\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d(?:st|nd|rd|th))(?:\\s+place)?\\b", OptI)]
    public static partial Regex PlaceRank();

    // Words that give the cause or the circumstance of what a sentence reports: "on the back of", "thanks to", "driven by", "amid",
    // "despite".
    [GeneratedRegex("\\b(?:amid|despite|on\\s+the\\s+back\\s+of|thanks\\s+to|driven\\s+by|due\\s+to|because\\s+of|owing\\s+to|fu?ell?ed\\s+by|boosted\\s+by|as\\s+a\\s+result\\s+of)\\b", OptI)]
    public static partial Regex CauseWords();

    // What joins the countries of a list: ", ", " and ", ", and ", " & ".
    [GeneratedRegex("^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)(?:the\\s+)?$", OptI)]
    public static partial Regex ListJoint();

    // A flow and its partner's preposition right before a country: "exports to ", "imports from the ", "trade with ".
    [GeneratedRegex("\\b(?:exports?|imports?|trade|shipments|sales)\\s+(?:\\w+\\s+)?(?:to|from|with)\\s+(?:the\\s+)?$", OptI)]
    public static partial Regex FlowPrepositionBefore();

    // Between a figure and the first country after it: "2.3 billion euros to ", " worth of goods from the ".
    [GeneratedRegex("\\b(?:to|from)\\s+(?:the\\s+)?$", OptI)]
    public static partial Regex PartnerPrepositionBefore();

    // After ", although": a short concession closed by a comma, and the interrupted clause going on with a word that is no new subject
    // ("although still positive for Portugal, registered ...", not "although exports to China, the largest market, rose ...").
    [GeneratedRegex("^(?:even\\s+though|although)\\s+(?:[\\w'’-]+\\s+){0,5}[\\w'’-]+,\\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|which|who|it|they|we|he|she|exports|imports|trade)\\b)\\p{Ll}", Opt)]
    public static partial Regex ConcessionAside();

    // "earnings from", "receipts from": what a flow earns comes from its market.
    [GeneratedRegex("\\b(?:earnings|receipts|revenues?|proceeds|income)\\s+from$", OptI)]
    public static partial Regex EarningsFrom();

    // A sentence that opens on the figure before and sets the next one against it: "This is in comparison to Sh37.6 billion in 2013",
    // "That compared with", "It was up from": the next figure is the same flow's, of its own year.
    [GeneratedRegex("^\\s*(?:This|That|It|The\\s+figure)\\s+(?:(?:is|was)\\s+)?(?:(?:up|down)\\s+from|(?:in\\s+)?comparison\\s+(?:to|with)|compar(?:es|ed)\\s+(?:to|with))\\s+(?:(?:about|around|some|nearly)\\s+)?(?:the\\s+)?$", Opt)]
    public static partial Regex BaseOfFigureBefore();

    // A relative clause on the figure before, with no flow word of its own, up to the figure: ", which increased to ", ", which rose further to ".
    [GeneratedRegex(",\\s*(?:which|that)\\s+(?:(?!(?:exports?|imports?|trade|turnover|shipments?)\\b)[\\w-]+\\s+){1,4}$", OptI)]
    public static partial Regex RelativeAfterFigure();

    // A sentence that opens with "It" or "They" as its subject: what the sentence before spoke of.
    [GeneratedRegex("^(?:It|They)\\s", Opt)]
    public static partial Regex PronounOpening();

    // A sentence whose subject is a balance: "The balance of trade has continuously been in favor of Sri Lanka", "Kenya's trade deficit with
    // China widened".
    [GeneratedRegex("^\\s*(?:the\\s+)?(?:(?:\\p{Lu}[\\w.-]*(?:'s|’s|s'|’)|bilateral|overall|total|trade|commercial|positive|negative|favou?rable)\\s+){0,3}(?:balance|deficit|surplus)\\b", OptI)]
    public static partial Regex BalanceSubject();

    // The figure just given, named as such: "The figure represented a rebound", "this figure", "the same figure", "The last official
    // figure as at 2023 was".
    private const string FigureNoun = "(?:the|this|that)\\s+(?:(?:same|last|latest|official|recent|most\\s+recent|final)\\s+){0,3}figure";
    [GeneratedRegex("\\b" + FigureNoun + "\\b", OptI)]
    public static partial Regex FigurePointer();

    // Words that point back to the pair already under discussion.
    [GeneratedRegex(
        "\\b(?:bilateral|mutual|two-way|the\\s+(?:two|2)\\s+(?:countries|nations|neighbou?rs|sides|states|governments|economies|leaders|partners)|both\\s+(?:countries|sides|nations|governments|states)|our\\s+(?:(?:two|2)\\s+)?(?:countries|nations|economies)"
        + "|between\\s+them|our\\s+(?:bilateral\\s+|mutual\\s+|two-way\\s+|total\\s+)?(?:trade|turnover|commerce)|it|its|" + FigureNoun + "|the\\s+volume|this\\s+level|that\\s+level|the\\s+turnover)\\b", OptI)]
    public static partial Regex Referent();

    // "with third-party states", "to non-EU countries", "from developing economies": a group, not one country (not "the two countries").
    private const string GroupWords = "(?!(?:the\\s+(?:two|2)|both|our\\s+(?:two|2)|these|those|the\\s+(?:(?:two|2)\\s+)?(?:other|respective))\\b)(?:the\\s+|its\\s+|their\\s+|our\\s+|other\\s+|all\\s+)?(?:[\\w.-]+\\s+){0,2}(?:states|countries|nations|economies|markets|neighbou?rs|members)\\b";
    [GeneratedRegex("\\b(?:with|to|from)\\s+" + GroupWords, OptI)]
    public static partial Regex GroupPartner();
    // Right after a figure: "500 billion US Dollars in trade between D-8 countries", "$3 billion among member states": the trade of a
    // group within itself (not "between the countries", "among our nations": the pair's).
    [GeneratedRegex("^[^.;,]{0,30}?\\b(?:between|among|amongst)\\s+(?!(?:the|our)\\s+(?:countries|nations|states|economies)\\b)" + GroupWords, OptI)]
    public static partial Regex GroupTradeAfter();

    // The words of a period shorter than a year, spelt out: a cue narrower than PartialCue for reading a whole clause.
    public static readonly System.Buffers.SearchValues<string> SubYearCue = System.Buffers.SearchValues.Create(
        ["January", "February", "March", "April", "May ", "June", "July", "August", "September", "October", "November", "December",
         "quarter", "month", "half", "week", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "fiscal", "Fiscal", "FY", "financial year", "Financial year"], StringComparison.Ordinal);

    public static readonly System.Buffers.SearchValues<string> GroupCue = System.Buffers.SearchValues.Create(
        ["states", "countries", "nations", "economies", "markets", "neighbours", "neighbors", "members"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("\\b[Nn]on-\\p{Lu}", Opt)]
    public static partial Regex NegatedName();

    // "services" as the thing traded, not one item beside goods or a part left out: "Bilateral services were", not "including services".
    // The singular only as a flow's noun: "Service exports to Japan", "bilateral service trade volume" (not "the Federal Customs Service").
    [GeneratedRegex("(?<!\\b(?:including|plus|and|&|with|excluding|except|without|or)\\s+)(?:\\bservices\\b(?!\\s+(?:sector|companies|firms|providers|suppliers|agreement|deal|chapter))|\\bservice\\s+(?:exports?|imports?|trade)\\b)", OptI)]
    public static partial Regex ServicesAlone();

    // After "total trade": the pair under discussion named by a referent ("between them", "between the two countries", "between the
    // countries"); so "of" them ("the total trade volume of two countries", "of both countries").
    [GeneratedRegex("^[^,;]{0,60}?\\b(?:between\\s+(?:them|the\\s+(?:two|2)\\s+\\w+|(?:the|these)\\s+(?:countries|nations)|our\\s+(?:(?:two|2)\\s+)?(?:countries|nations|economies)|both\\s+(?:countries|nations|sides))|of\\s+(?:the\\s+)?(?:two|2|both)\\s+(?:countries|nations|sides|economies))\\b", OptI)]
    public static partial Regex BetweenThePair();

    // Right after a figure: "was at $1.9 billion dollars between both countries", "$3 billion between the two nations": the pair under
    // discussion, named by a referent.
    [GeneratedRegex("^\\s*(?:(?:dollars|euros|in\\s+(?:trade|turnover))\\s+)?between\\s+(?:them\\b|(?:the\\s+(?:two|2)|both)\\s+(?:countries|nations|sides|economies)\\b)", OptI)]
    public static partial Regex BetweenThePairAfterFigure();

    // Right before a figure: "with trade between the two countries reaching", "trade between them stood at".
    [GeneratedRegex("\\bbetween\\s+(?:them|the\\s+(?:two|2)\\s+(?:countries|nations|sides|economies|neighbou?rs)|both\\s+(?:countries|nations|sides))\\b[^,;.]{0,40}$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex TheTwoBefore();

    // A headline's closing attribution: "... before 2025: Jaishankar", "... in 2024: PM Modi" (not a date or a lower-case phrase).
    [GeneratedRegex(@":\s*(?<name>(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}\p{Ll}[\p{L}'’-]+)\s*$", Opt)]
    public static partial Regex HeadlineSpeaker();

    // Right after a figure: it is a part of the figure before ("$1.6 billion of that total", "of which", "of this").
    [GeneratedRegex("^\\s*(?:of\\s+(?:that|this|the)\\s+(?:total|amount|figure|sum)|of\\s+(?:which|this|that|it)\\b)", OptI)]
    public static partial Regex PartOfBefore();

    // Right before a figure, after another: "R84bn, of which R37bn went on machinery".
    [GeneratedRegex("^\\W*(?:(?:in|for)\\s+(?:19|20)\\d\\d\\W*)?(?:and\\s+)?of\\s+(?:which|this|these)\\b", OptI)]
    public static partial Regex OfWhichBefore();

    [GeneratedRegex("\\bour\\s+(?:(?:two|2)\\s+)?(?:countries|nations|economies)\\b", OptI)]
    public static partial Regex OurCountries();

    // "it" as the subject of the figure, a few words before it: "In 2020, it only slightly exceeded", "it amounted to".
    [GeneratedRegex("\\b[Ii]t\\s+(?:[\\w-]+\\s+){0,4}$", Opt | RegexOptions.RightToLeft)]
    public static partial Regex ItSubject();

    // The publisher speaking of one partner in its own voice: "Colombia is our 22nd largest goods trading partner", "our largest
    // export market", "our trade with Peru" (not "our two countries", which is both sides).
    [GeneratedRegex("\\bour\\s+(?!two\\b|2\\s|countries\\b|nations\\b|economies\\b)(?:[\\w-]+\\s+){0,4}?(?:partner|market|destination|supplier|customer|trade|exports|imports)s?\\b", OptI)]
    public static partial Regex OwnVoice();

    [GeneratedRegex("\\b(?:to|towards)\\s+(?:reach|hit|exceed|pass|top|surpass)?\\s*$", OptI)]
    public static partial Regex ToBefore();

    // "double", "triple", "fivefold"; not "double-digit growth", a rate's size.
    [GeneratedRegex(
        "(?<q>at\\s+least\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+|no\\s+less\\s+than\\s+)?\\b(?:(?<w>doubl(?:e|ing)|tripl(?:e|ing)|trebl(?:e|ing)|quadrupl(?:e|ing)|quintupl(?:e|ing))|(?<n>two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.\\d+)?)[\\s-]?fold)\\b(?![-\\s]+digits?\\b)", OptI)]
    public static partial Regex Multiple();

    // A verb of increase, its object, then "by" right before a multiple: "boosting investment from India ... by 10-fold".
    [GeneratedRegex("\\b(?:increas|rais|boost|grow|expand|lift|multipl)\\w*\\s+(?<obj>[^.;:]{1,100}?)\\s+by\\s+(?:(?:at\\s+least|more\\s+than|nearly|almost|about|some)\\s+)?$", OptI)]
    public static partial Regex ObjectBeforeBy();

    [GeneratedRegex(
        "\\b(?:increase|raise|boost|grow|expand|lift|ramp\\s+up|push\\s+up|bring\\s+up|step\\s+up)\\b(?<obj>(?:\\s+[\\w'’-]+){0,8}?)\\s+(?:by\\s+)?(?<q>at\\s+least\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+|about\\s+|around\\s+)?"
        + "(?:(?<times>\\d+(?:\\.\\d+)?|one\\s+and\\s+a\\s+half|two|three|four|five)\\s+times|(?<p>\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per\\s+cent)|(?<half>half(?![-\\s]+(?:a\\s+)?(?:trillion|billion|million))|a\\s+half|50\\s+per\\s+cent)|(?<third>a\\s+third|one\\s+third)|(?<quarter>a\\s+quarter|one\\s+quarter))", OptI)]
    public static partial Regex PercentIncrease();

    // Right after a percentage: "on an annual basis", "annually", "a year", "each year", "year-on-year" (not "a year earlier": a base).
    [GeneratedRegex("^\\s*,?\\s*(?:on\\s+an?\\s+(?:annual|yearly|year[-\\s]on[-\\s]year)\\s+basis|annually|yearly|per\\s+annum|(?:a|per|each|every)\\s+year\\b(?!\\s+(?:earlier|before|ago|later|after)\\b)|year[-\\s]on[-\\s]year)", OptI)]
    public static partial Regex RateOfEachYear();

    // "We once dreamed about it and now we have it": a goal stated as reached, pointing back at a figure.
    [GeneratedRegex("\\b(?:dream(?:ed|t|s)?|goal|target|aim(?:ed)?|hoped|wished)\\b", OptI)]
    public static partial Regex GoalWord();

    [GeneratedRegex(
        "\\b(?:now\\s+we\\s+have\\s+(?:it|this|that)|(?:have|has|had|was|were|been)\\s+(?:now\\s+|finally\\s+|already\\s+)?(?:reached|achieved|met|attained|fulfilled|surpassed|exceeded|realised|realized)"
        + "|came\\s+true|come\\s+true|(?:we|they)\\s+(?:reached|achieved|met|attained|hit)\\s+(?:it|this|that|the\\s+(?:goal|target)))\\b", OptI)]
    public static partial Regex ReachedWord();

    // Hyphenated parts count as one name ("Kassym-Jomart Tokayev", "Prayut Chan-o-cha"); a name never runs across a line break.
    private const string Name = "(?<name>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{L}[\\p{Ll}'’]*)*\\.?(?:[ \\t]+(?:(?:bin|ibn|al|el|de|da|do|dos|van|von|der|del|la|le|di|du)[ \\t]+)?\\p{Lu}[\\p{L}'’]+(?:-\\p{L}[\\p{L}'’]*)*){0,5})";

    private const string Say =
        "(?:said|says|told|stressed|noted|remarked|added|believes|believed|explained|announced|stated|emphasi[sz]ed|underlined|pointed\\s+out|insisted|declared|argued|"
        + "suggested|observed|commented|confirmed|wrote|urged|predicted|promised|pledged|vowed|proposed|thinks|hopes|hoped|expects|expected|reiterated|recalled|estimated)";

    [GeneratedRegex(
        "\\b(?<title>(?:(?:First\\s+)?Deputy\\s+|Vice[\\s-]|Acting\\s+|Former\\s+)?(?:Prime\\s+Ministers?|[Pp]residents?|Chancellor|Premier|(?:\\p{Lu}\\w+\\s+)?[Mm]inister|Secretary(?:\\s+of\\s+State)?|"
        + "King|Queen|Emir|Sheikh|Crown\\s+Prince|Ambassador|Governor|Chairman|Chairwoman|Chair|Spokes(?:man|woman|person)|Mayor|Director(?:\\s+General)?|Senator|Commissioner|"
        + "Envoy|Trade\\s+Representative|CEO|Chief\\s+Executive|Head|Speaker|Adviser|Advisor))(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\w-]+(?:\\s+\\p{Lu}[\\w-]+)?)?,?\\s+" + Name, Opt)]
    public static partial Regex TitledName();

    // "Lavrov said during his trip to Tehran in June that trade ... had grown": the words up to "that" tell when it was said, not the
    // period of the figure reported after it.
    // So do they up to "reported that" ("In August, the media reported that ..."), though a reporter is no speaker of People's.
    [GeneratedRegex("\\b(?:" + Say + "|reported)\\b[^;\"“”]{0,80}?\\bthat\\s", Opt | RegexOptions.RightToLeft)]
    public static partial Regex SaidThat();

    [GeneratedRegex(Name + ",?\\s+(?:\\p{Ll}+\\s+)?" + Say + "\\b", Opt)]
    public static partial Regex NameSays();

    [GeneratedRegex("\\b" + Say + "\\s+" + Name, Opt)]
    public static partial Regex SaysName();

    [GeneratedRegex("\\baccording\\s+to\\s+" + Name, Opt)]
    public static partial Regex AccordingTo();

    [GeneratedRegex("\\b(?:(?<pro>he|she)\\s+(?:\\w+\\s+)?" + Say + "|" + Say + "\\s+(?<pro>he|she))\\b", OptI)]
    public static partial Regex PronounSays();

    [GeneratedRegex(
        "\\bthe\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?<desc>head\\s+of\\s+(?:state|government)|president|prime\\s+minister|premier|minister|chancellor|leader|deputy\\s+prime\\s+minister)\\b", OptI)]
    public static partial Regex Descriptor();

    // ---- Roles of a figure: what a money mention is, decided before any fact is built from it (see Roles.cs). ----

    // "increased by $13.3 billion", "up $7.0 billion", "rose $2 billion", "a rise of $1 billion": the figure is a change, not a level; so is
    // "expand exports by an additional $14.1 billion".
    [GeneratedRegex(
        "(?:\\bby|(?<!\\b(?:made|make|makes|making)\\s)\\bup|\\bdown|\\b(?:(?:increas|decreas)(?:ed|ing|es)|rose|ris(?:ing|es)|fell|fall(?:ing|s)|grew|grow(?:ing|s)|gain(?:ed|ing|s)|lost|los(?:ing|es)|drop(?:ped|ping|s)|declin(?:ed|ing|es)"
        + "|jump(?:ed|ing|s)|climb(?:ed|ing|s)|slipp(?:ed|ing)|slips|shrank|shrink(?:ing|s)|expand(?:ed|ing|s)|add(?:ed|ing|s)|plung(?:ed|ing|es)|soar(?:ed|ing|s)|surg(?:ed|ing|es)"
        + "|slump(?:ed|ing|s)|widen(?:ed|ing|s)|narrow(?:ed|ing|s))"
        + "|\\b(?:increase|decrease|rise|growth|gain|drop|fall|jump|decline|reduction|change|expansion|contraction)\\s+of)"
        + "\\s+(?:(?:more\\s+than|over|almost|nearly|about|around|roughly|some|approximately|just\\s+over|just\\s+under|less\\s+than|an\\s+estimated|a\\s+further|another|an\\s+(?:additional|extra)"
        // "increased a measly Sh901.3 million", "rose a modest $2 billion", "grew a whopping $5 billion".
        + "|an?\\s+(?:mere|measly|modest|meag(?:re|er)|paltry|slight|marginal|small|whopping|massive|hefty|healthy|robust|staggering|significant|substantial))\\s+)?$",
        OptI | RegexOptions.RightToLeft)]
    public static partial Regex ChangeBefore();

    // (Not through a relative clause: "the increase in trade with Nigeria, which reached £4 billion" states the level; so does "an increase
    // of nine percent compared to 2022, when it reached $728.4 million" for the year compared with.)
    [GeneratedRegex("\\b(?:increases?|rises?|growth|gains?|declines?|drops?|falls?|decreases?|jumps?|reductions?)\\s+(?:in|of)\\s+(?:(?!\\b(?:which|that|when)\\b)[^.;]){0,60}?\\b(?:was|were|is|are|amounted\\s+to|totall?ed|reached|came\\s+to)\\s+(?:(?:about|around|nearly|almost|some|more\\s+than|over|an\\s+estimated)\\s+)?$", OptI)]
    public static partial Regex ChangeSubject();

    // "up 13.1% ($12.0 billion)", "rose 21.5 percent, or $2.7 billion", "grew 8 % – $1.2 billion": an amount right after a percentage
    // restates the change (the other order, "rose $2.7 billion (21.5 %)", is a change by its verb).
    [GeneratedRegex("(?:%|\\bpercent|\\bper\\s+cent|\\b(?:\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten)[\\s-]?fold|\\b\\d+(?:\\.\\d+)?\\s+times)\\s*(?:[(\\[]|,?\\s*or|[–—]|,\\s*(?:an?\\s+)?(?:increase|rise|gain|drop|fall|decrease|decline)\\s+of)\\s*(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+|roughly\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex PercentBracketBefore();

    // "declined by $9.1 billion (3.4 percent)", "the largest decrease - $13.5 billion (11.3 percent)": a figure with a bare percentage in
    // brackets after it is a change, the percentage its relative size (a share says what of: "(20.8% of total exports)").
    [GeneratedRegex("^\\s*[(\\[]\\s*[+−-]?\\d+(?:[.,]\\d+)?\\s*(?:%|percent\\b|per\\s+cent\\b)\\s*[)\\]]", OptI)]
    public static partial Regex PercentBracketAfter();

    // "this product", "these commodities": goods named by pointing back at them.
    [GeneratedRegex("^(?:this|that|these|those)\\s+(?:products?|commodit(?:y|ies)|items?)\\b", OptI)]
    public static partial Regex PointedProduct();

    // "$1.2 billion of cashews", "$5.1 billion worth of crude oil": what the figure is of, named right after it (up to three words).
    [GeneratedRegex("^\\s*(?:worth\\s+)?(?<in>of|in)\\s+(?<what>(?:[\\p{L}.'’-]+\\s+){0,2}[\\p{L}.'’-]+)", Opt)]
    public static partial Regex OfAfter();

    // A country ranked as a trader: "Germany was by far the largest exporter to Japan", "the United Kingdom was the largest importer".
    // "The Netherlands imported the most from Chile (EUR 1.8 billion), ahead of Spain": the verb form of the same ranking.
    [GeneratedRegex("\\b(?<w>exporters?|importers?|suppliers?|buyers?|(?:exported|imported)\\s+the\\s+most)\\b", OptI)]
    public static partial Regex TraderNoun();

    // "Germany (18.2 bn or 23%) was also the largest importer": the predicate after a bracketed figure.
    [GeneratedRegex("^[^.;()]{0,40}\\)\\s*(?:was|is|were|are|remained|remains|became|ranked)\\s+(?:also\\s+|again\\s+|by\\s+far\\s+|still\\s+)*(?:the\\s+|its\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?<w>exporter|importer|supplier|buyer)\\b", OptI)]
    public static partial Regex TraderAfterBracket();

    // "... was the largest exporter (EUR 10.7 billion) to India": the partner after the trader noun.
    [GeneratedRegex("^[^;]{0,40}?\\b(?:to|from|of|into)\\s+(?:the\\s+)?$", OptI)]
    public static partial Regex PartnerPreposition();

    // Right before a country after a figure, the figure's source: "according to the (Indian embassy)", "said the", "citing".
    [GeneratedRegex("\\b(?:according\\s+to|said|says|reported\\s+by|citing|quoting)\\s+(?:the\\s+|an?\\s+)?$", OptI)]
    public static partial Regex AttributionBefore();

    // "Germany was by far the largest", "the United Kingdom (11.3 bn) is the second": a subject joined to its ranking.
    [GeneratedRegex("^\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:was|is|were|are|remained|remains|became|ranked)\\s+(?:also\\s+|again\\s+|by\\s+far\\s+|still\\s+)*(?:the|its|their)\\s+(?:[\\w'’-]+\\s+){0,3}$", OptI)]
    public static partial Regex CopulaToTrader();

    // "the recipient countries of Egyptian exports", "the top destinations of Kenya's exports", "the countries exporting to Egypt", "the
    // main suppliers of Egypt's imports", "the countries that imported the most goods from China": whose destinations or suppliers a
    // ranking lists.
    private const string RankedOwner = "(?<c>(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})";
    [GeneratedRegex("\\b(?:(?:recipient|destination|importing|receiving|buyer|export)\\s+(?:countries|markets|nations)|destinations|markets|buyers|purchasers)\\s+(?:of|for)\\s+"
        + RankedOwner + "(?:['’]s?)?\\s+(?<exp>exports|products|goods)\\b"
        + "|\\b(?:countries|markets|nations|economies)\\s+(?:(?:that|which)\\s+)?(?:exporting|selling|supplying|exported|sold|supplied)\\s+(?:the\\s+most\\s+)?(?:(?:goods|products)\\s+)?to\\s+" + RankedOwner
        + "|\\b(?:countries|markets|nations|economies)\\s+(?:(?:that|which)\\s+)?(?<exp>importing|buying|imported|bought|purchased)\\s+(?:the\\s+most\\s+)?(?:(?:goods|products)\\s+)?from\\s+" + RankedOwner
        + "|\\b(?:suppliers|sources)\\s+of\\s+" + RankedOwner + "(?:['’]s?)?\\s+(?:(?:goods|merchandise)\\s+)?imports\\b"
        // "the African countries receiving Egyptian exports": the destinations named before what they receive.
        + "|\\b(?:countries|markets|nations|economies)\\s+(?:(?:that|which)\\s+)?(?:receiving|received|receive|buying|bought|buy|importing|imported|import)\\s+(?:the\\s+most\\s+)?"
        + RankedOwner + "(?:['’]s?)?\\s+(?<exp>exports|products|goods)\\b", Opt)]
    public static partial Regex DestinationRanking();

    // What may stand between a ranked figure and the next country: the figure's year ("in 2021"), and "followed by", "was closely
    // trailed by"; listed once for the two patterns below.
    private const string RankedFigureYear = "^(?:\\s+(?:in|during)\\s+(?:19|20)\\d\\d)?\\s*";
    private const string FollowedBy = "(?:(?:was|is|were|are)\\s+)?(?:closely\\s+)?(?:followed|trailed)\\s+by\\s+";

    // Right after a figure, up to the next country: ", followed by", "and was trailed by".
    [GeneratedRegex(RankedFigureYear + "[,;]?\\s*(?:and\\s+)?" + FollowedBy + "(?:the\\s+)?$", OptI)]
    public static partial Regex FollowedByBetween();

    // Between a ranked country's figure and the next country of the ranking: ", followed by", " and", ", while": the ranking goes on.
    [GeneratedRegex(RankedFigureYear + "(?:[,;]\\s*(?:and\\s+|while\\s+)?|and\\s+|while\\s+)?(?:" + FollowedBy + ")?(?:the\\s+)?$", OptI)]
    public static partial Regex RankingGoesOn();

    // "ranked second", "came in fourth", "led the countries", "followed": a country's place in a ranking, right after its name.
    [GeneratedRegex("^\\s+(?:(?:also|then)\\s+)?(?:ranked|ranks|came|comes|placed|followed|led|leads|topped|headed)\\b", OptI)]
    public static partial Regex RankVerbAfter();

    // "Nigeria $23 billion", "Nigeria: $23 billion", "Nigeria ($23 billion)": an item of a list, its country right before its figure.
    [GeneratedRegex("^\\s*[:(]?\\s*$")]
    public static partial Regex ListItemLink();

    // Right after a figure, a clause that names only a new partner: "and to the United Kingdom", ", while from Japan".
    [GeneratedRegex("\\G\\s*(?:,\\s*)?(?:and|while|but|whereas)\\s+(?<p>to|from)\\s+(?:the\\s+)?", OptI)]
    public static partial Regex ElidedFlowPartner();

    // Right before a figure: "exported a total of ".
    [GeneratedRegex("\\ba\\s+total\\s+of\\s+$", OptI)]
    public static partial Regex TotalOfBefore();

    // Between a total and its partner: " with ", " with the ".
    [GeneratedRegex("^\\s+with\\s+(?:the\\s+)?$", OptI)]
    public static partial Regex WithBeforeName();

    // Right after a figure, the partner of a flow: "804 million dollars to Uganda", "$424 million from Tanzania", "$661.98 million of
    // goods from South Africa".
    [GeneratedRegex("\\G(?:\\s+(?:worth\\s+)?(?:of|in)\\s+(?:goods|products|merchandise))?\\s+(?:to|from)\\s+(?:the\\s+)?", OptI)]
    public static partial Regex PartnerRightAfterFigure();
    // Between two figures of a list, what ends the item before: " to Uganda in 2023, ", " to Tanzania, and ".
    [GeneratedRegex("^\\s+(?:to|from)\\s+[^,;.()]{2,40}?,\\s*(?:and\\s+)?$", OptI)]
    public static partial Regex ListedPartnerBetween();

    // Right before the upper end of a range: "1.1-", "$1.1–$", "between $1.1 billion and " (not "in 2021 - 19.5 billion", a year's
    // figure after a dash).
    [GeneratedRegex("(?:(?<![\\d.,])\\d{1,3}(?:[.,]\\d+)?\\s?[-–]\\s?(?:US\\$|\\$|€|£)?"
        + "|\\bbetween\\s+(?:US\\$|\\$|€|£|USD\\s?)?\\d[\\d.,]*\\s*(?:billion|million|trillion|bn|mn|bln|mln)?\\s*(?:USD|dollars|euros)?\\s+and\\s+)$", OptI)]
    public static partial Regex RangeBefore();

    // A level being neared now, right before the figure: "is approaching", "are nearing", "is now close to".
    [GeneratedRegex("\\b(?:is|are)\\s+(?:now\\s+|already\\s+|fast\\s+|rapidly\\s+)?(?:approaching|nearing|close\\s+to|heading\\s+(?:for|towards?))\\s+(?:the\\s+)?(?:mark\\s+of\\s+|level\\s+of\\s+)?$", OptI)]
    public static partial Regex NearingNow();

    // What may open a line of a list before its country: a bullet or a number ("- ", "• ", "3. ").
    [GeneratedRegex("^\\s*(?:(?:[-–•*·]|\\d{1,2}[.)])\\s*)?(?:the\\s+)?$", OptI)]
    public static partial Regex ListLineStart();

    // "with exports valued at", "with a value of", "with an import volume of": the figure a ranked country is given; and "followed by Sudan
    // with $827 million".
    [GeneratedRegex("\\bwith\\s+(?:(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:of|at|amounting\\s+to|valued\\s+at|worth|totall?ing|reaching)\\s+)?(?:about\\s+|around\\s+|nearly\\s+|over\\s+)?$", OptI)]
    public static partial Regex WithFigureBefore();

    // "The United States was the second most important trading partner (with sales of ...)": a partner ranked with no possessor named.
    [GeneratedRegex("\\s+(?:was|is|remained|remains|became)\\s+(?:also\\s+|again\\s+|still\\s+|once\\s+again\\s+)*the\\s+(?:[\\w-]+\\s+){0,4}?(?:trading|trade|commercial)\\s+partner\\b", OptI)]
    public static partial Regex PartnerRank();

    // "the top U.S. trading partner", "Canada's largest export market": a country naming whose partner the next country is.
    [GeneratedRegex("^\\s*(?:(?:trading|trade|export|import|goods)\\s+)?(?:partners?|markets?|destinations?|suppliers?|sources?)\\b", OptI)]
    public static partial Regex PartnerNounAfter();

    // "(the United States') biggest trading partner", "(Germany's) largest partner": a possessor's ranked partner.
    [GeneratedRegex("^['’]s?\\s+(?:[\\w-]+\\s+){0,3}?(?:(?:trading|trade|commercial)\\s+)?partner\\b", OptI)]
    public static partial Regex RankedPartnerAfter();

    public static readonly System.Buffers.SearchValues<string> MarketCue = System.Buffers.SearchValues.Create(
        ["market", "destination", "source", "partner", "supplier", "customer", "buyer"], StringComparison.OrdinalIgnoreCase);

    // Words that make a figure the whole of the trade, not one sector's; so does the trade "between" the two sides or their "turnover"
    // ("trade exchange between Egypt and Russia amounted to $4.7 billion" under a title about wheat).
    [GeneratedRegex("\\b(?:total|overall|all|goods|merchandise|two-way|bilateral|entire|combined|aggregate|turnover|trade\\s+(?:exchange\\s+|volume\\s+)?between)\\b", OptI)]
    public static partial Regex WholeTradeCue();

    // A country named as the market of another's exports or the source of its imports; the owner may stand inside the noun ("the largest
    // source of Ghana's imports", "the main destination of Ghana's exports").
    // The owner may follow the noun, inside it: "the 4th largest source of imports to Denmark", "the top export market for Danish goods";
    // not a market for one product ("the biggest export buyer of Canadian lumber", a sector's figure).
    private const string OwnerAfterNoun = "(?:\\s+(?:to|into|for|of)\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\w.'’-]+(?:\\s+(?-i:\\p{Lu})[\\w.'’-]+){0,2}(?:\\s+(?:goods|products|merchandise))?"
        + "(?=\\s*[,;:(]|\\s*\\.(?!\\w)|\\s+(?:with|worth|valued|at|totall?ing|accounting|in|and|after|behind|ahead|followed|taking|buying|receiving|since)\\b))?";

    [GeneratedRegex("\\b(?:(?<exp>export\\s+(?:markets?|destinations?|partners?|customers?|buyers?)" + OwnerAfterNoun + "|(?:markets?|destinations?)\\s+(?:for|of)\\s+(?:[\\w.'’-]+\\s+){0,2}?exports)"
        + "|(?<imp>import\\s+(?:partners?|sources?|suppliers?)" + OwnerAfterNoun + "|(?:sources?|suppliers?)\\s+(?:of|for)\\s+(?:[\\w.'’-]+\\s+){0,2}?imports" + OwnerAfterNoun
        // "India became the fourth-largest source with imports totaling ...": a ranked source is one of imports.
        + "|(?:largest|biggest|leading|main|top|[\\w]+-largest|second|third|fourth|fifth)\\s+(?:sources?|suppliers?)(?!\\s+of\\b))"
        // "Israel was Greece's third best customer in the region with $180 million": a ranked customer buys the owner's exports.
        + "|(?<exp>(?:largest|biggest|best|leading|main|top|[\\w]+-largest)\\s+(?:customers?|buyers?)(?!\\s+of\\b)))\\b", OptI)]
    public static partial Regex MarketNoun();

    // "China was also New Zealand's main import partner": the subject, a copula, then the owner or "the"/"our"; "has retained its position
    // as", "emerged as" rank the subject too.
    [GeneratedRegex("^\\s*(?:,[^,]{0,60},\\s*)?(?:was|is|were|are|remained|remains|became|becomes|has\\s+become|ranked|ranks|emerged\\s+as|emerges\\s+as|emerging\\s+as|(?:has\\s+)?(?:retained|maintained|kept|held)\\s+(?:its|their|the|her|his)\\s+(?:position|place|spot|status|rank)\\s+as|(?:[\\w-]+\\s+){1,5}?to\\s+become)\\s+(?:also\\s+|again\\s+|still\\s+|now\\s+)*(?:the\\s+|our\\s+|its\\s+)?(?:[\\w'’-]+\\s+){0,3}?$", OptI)]
    public static partial Regex CopulaToMarket();

    [GeneratedRegex("^\\s*(?:[\\w'’-]+\\s+){0,3}$", OptI)]
    public static partial Regex OwnerToNoun();

    // Between two market nouns, the second coordinated with the first (its figure in brackets, if any, between): "export market
    // ($11.55 billion) and a leading import source".
    [GeneratedRegex("^\\s*(?:\\([^()]{0,40}\\)\\s*)?,?\\s*(?:and|as\\s+well\\s+as)\\s+(?:also\\s+)?(?:(?:a|an|the|its|our|their)\\s+)?(?:[\\w-]+\\s+){0,3}?$", OptI)]
    public static partial Regex CoordinatedNoun();

    [GeneratedRegex("\\b(?:our|its)\\s+(?:[\\w'’-]+\\s+){0,3}$", OptI)]
    public static partial Regex OurBeforeNoun();

    // "US$ 1,345 billion", "$1,317 billion": one digit, a comma and three, before a scale word (a decimal comma where the amount is huge).
    [GeneratedRegex("(?<![\\d,.])\\d,\\d{3}\\s?(?:billion|bn|bln)\\b", OptI)]
    public static partial Regex DecimalCommaThousand();

    // "... source with imports totaling": the flow the market noun's figure is given as.
    [GeneratedRegex("^\\s*,?\\s*with\\s+(?:(?:total|its|their)\\s+)?(?:imports|exports|trade)\\s+(?:totall?ing|worth|of|valued|amounting|reaching)\\b", OptI)]
    public static partial Regex WithFlowOfNoun();

    // What may stand around a country listed after a figure of the same flow: "and the US", ", to Japan with".
    [GeneratedRegex("^[\\s,;]*(?:(?:and|to|from|the|with|at|for|while)[\\s,]+)*$", OptI)]
    public static partial Regex ElidedPartner();

    // A partner named right after a flow word: "exports to Virginia", "imports from Ontario" (months and "the ..." are not names).
    [GeneratedRegex("\\G\\s+(?:to|from|with)\\s+(?!(?:" + FullMonth + "|The|US|U\\.S)\\b)\\p{Lu}[\\w.’'-]*(?:\\s+\\p{Lu}[\\w.’'-]*){0,2}", Opt)]
    public static partial Regex NonCountryPartnerAfter();

    // Goods counted by their lines right before the figure: "75 additional commodity items worth about ", "75 commodity positions worth
    // nearly ": an offer of goods, no trade's level or goal.
    [GeneratedRegex("\\b\\d[\\d,]*\\s+(?:[\\w-]+\\s+){0,2}" + CountedItemNouns + "\\s+(?:worth|valued\\s+at)\\s+(?:(?:about|around|nearly|almost|some|approximately|over|more\\s+than)\\s+)?$", OptI)]
    public static partial Regex CountedItemsWorthBefore();

    // The nouns that count goods by their lines, listed once for the two patterns that read them.
    private const string CountedItemNouns = "(?:items|positions|product\\s+lines|types|kinds|categories|tariff\\s+lines)";

    // After a count: "(195) commodity items", "(30) types of products": product lines, not the whole trade.
    [GeneratedRegex("^\\s+(?:[\\w-]+\\s+)?" + CountedItemNouns + "\\b", OptI)]
    public static partial Regex CountedItems();

    // A year that opens the next conjunct right after a figure: "more than 95.6 million USD and in 2023 more than 7.78 million".
    [GeneratedRegex("^\\s*(?:and|but|whereas)\\s+(?:in|for|during)\\s+(?:the\\s+year\\s+)?(?:19|20)\\d\\d\\b", OptI)]
    public static partial Regex NextConjunctYear();

    // A year that labels the figure after it, in brackets right after this one: "(2023: €285 million)".
    [GeneratedRegex("^\\s*[(\\[]\\s*(?:19|20)\\d\\d\\s*:", Opt)]
    public static partial Regex YearLabelBracket();

    // A physical quantity of goods: "266.2 million tonnes of iron ore", "2 million barrels of oil".
    [GeneratedRegex("\\b(?:tonnes|tons|barrels|bales|carats|kilograms|kilogrammes|cubic\\s+met(?:re|er)s)\\s+of\\s+\\p{L}", OptI)]
    public static partial Regex QuantityOfGoods();

    // A verb of a level right after a year: "for 2017 amounted to", "for 2016 stood at".
    [GeneratedRegex("^\\s*,?\\s*(?:amounted|stood|was|were|reached|totall?ed|came|hit)\\b", OptI)]
    public static partial Regex LevelVerbAfter();

    // An open condition right before a figure, in the same stretch between commas: "Even if Belize is able to boost trade to", "if trade
    // reaches" (not "if we are to meet the target of").
    [GeneratedRegex("\\bif\\s+(?![^,;]*\\b(?:targets?|goals?)\\b)[^,;]*$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex ConditionBefore();

    // A possibility governing the figure through a gerund, with no goal word after it: "the possibility for increasing the trade
    // turnover to", "an opportunity of raising trade to" (not "the potential to increase", which outlets report as goals).
    [GeneratedRegex("\\b(?:possibilit(?:y|ies)|opportunit(?:y|ies)|potential|room|scope|prospects?|chances?)\\s+(?:for|of)\\s+(?:further\\s+)?\\w+ing\\b(?![^;]*\\b(?:goals?|targets?|aim\\w*|agreed|plan\\w*)\\b)[^;]*$", OptI)]
    public static partial Regex PossibilityOf();
    public static readonly System.Buffers.SearchValues<string> PossibilityCue = System.Buffers.SearchValues.Create(
        ["possibilit", "opportunit", "potential", "room", "scope", "prospect", "chance"], StringComparison.OrdinalIgnoreCase);

    // Right before a figure, a flow verb coordinated with the clause before and no subject of its own: "and exported", "and imported
    // goods worth", "and imported goods to the value of around", "while it bought".
    [GeneratedRegex("\\b(?:and|while)\\s+(?:(?:it|then|also)\\s+)?(?:(?<exp>" + ExportedVerbs + ")|(?<imp>" + ImportedVerbs + "))(?:\\s+(?:goods|products))?(?:\\s+(?:worth|valued\\s+at|to\\s+the\\s+value\\s+of))?\\s+(?:(?:about|around|some|nearly|almost|over|more\\s+than)\\s+)?$", OptI)]
    public static partial Regex CoordinatedFlowVerb();

    // Countries counted, pointing back to a list: "the five countries", "these three nations".
    [GeneratedRegex("\\b(?:the|these|those|all)\\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:countries|nations|economies|partners|states)\\b", OptI)]
    public static partial Regex CountedCountries();

    // Before a figure, a span of years and then, in the same clause, a verb of a level (not of a change): "From 2010 to 2016, trade ...
    // amounted to", "Between 2015 and 2019 exports totalled", "between 2015 and 2016 has reached $3 billion".
    // "during the period 2000 to 2011 with figures showing that trade was valued at": so with a period named as such.
    [GeneratedRegex("(?:\\b(?:from|between)|\\bperiod(?:\\s+(?:of|from|between))?)\\s+(?:19|20)\\d\\d\\s*(?:to|and|until|till|through|[-–])\\s*(?:19|20)\\d\\d\\b(?![-–/])[^.;:]{0,120}?\\b(?:amounted\\s+to|totall?ed|stood\\s+at|was|were|came\\s+to|summed\\s+up\\s+to|(?:was\\s+|were\\s+)?valued\\s+at|(?:has|have|had)\\s+reached)\\s+(?:(?:about|around|some|nearly|almost|over|more\\s+than|roughly|approximately|a\\s+total\\s+of)\\s+)?$", OptI)]
    public static partial Regex SpanOfYearsBefore();
    public static readonly System.Buffers.SearchValues<string> SpanCue = System.Buffers.SearchValues.Create(["from", "between", "From", "Between", "period"], StringComparison.Ordinal);

    // Right after a figure or a list of figures, the years they are of: "in 2015 and 2016", "between 2016 and 2017", "during 2014, 2015
    // and 2016", "over the years 2017 to 2019".
    [GeneratedRegex("^\\s*,?\\s*(?:in|during|between|over|for)\\s+(?:the\\s+years\\s+)?(?<y>(?:19|20)\\d\\d)(?:\\s*,\\s*(?<y>(?:19|20)\\d\\d))*\\s*,?\\s+(?:and|to|through)\\s+(?<y>(?:19|20)\\d\\d)\\b", OptI)]
    public static partial Regex YearsListed();

    // Before a list of figures, the years they are of: "in 2013 and 2014, reaching more than 1 billion riyals and 1.5 billion riyals,
    // respectively", "during 2019, 2020 and 2021".
    [GeneratedRegex("\\b(?:in|during|for)\\s+(?:the\\s+years\\s+)?(?<y>(?:19|20)\\d\\d)(?:\\s*,\\s*(?<y>(?:19|20)\\d\\d))*\\s*,?\\s+and\\s+(?<y>(?:19|20)\\d\\d)\\b", OptI)]
    public static partial Regex YearsListedBefore();
    public static readonly System.Buffers.SearchValues<string> YearAfterAndCue = System.Buffers.SearchValues.Create(["and 19", "and 20"], StringComparison.OrdinalIgnoreCase);

    // A fiscal year spoken of without its years: "in the fiscal year", "during the budget year", "the financial year".
    [GeneratedRegex("\\b(?:fiscal|budget|financial)\\s+year\\b", OptI)]
    public static partial Regex FiscalWords();

    // So is a year of another calendar ("the current Iranian calendar year", "the last Iranian year", "the Hijri year"), which does not
    // begin in January. Behind its own cue: as alternatives of the pattern above, the names' first letters made it try most words.
    [GeneratedRegex("\\b(?:Iranian|Persian|Hijri)(?:\\s+calendar)?\\s+year\\b", OptI)]
    public static partial Regex OtherCalendarWords();
    public static readonly System.Buffers.SearchValues<string> OtherCalendarCue = System.Buffers.SearchValues.Create(["Iranian", "Persian", "Hijri"], StringComparison.OrdinalIgnoreCase);

    // A fiscal year named: "for 2019-20", "in FY22", "fiscal 2021".
    [GeneratedRegex("\\b(?:" + YearSpan + "|FY\\s?['’]?\\d{2,4}|fiscal\\s+(?:year\\s+)?(?:19|20)\\d\\d)", OptI)]
    public static partial Regex FiscalYear();

    // What joins an export word and an import word into two-way trade: "import-export", "exports and imports", "imports/exports".
    [GeneratedRegex("^\\s*(?:(?<mark>[-/–])|&|and|or|plus)\\s*$", OptI)]
    public static partial Regex BothDirectionsJoin();

    // "exports and imports turnover": a noun of two-way trade right after the joined directions.
    [GeneratedRegex("^\\s*(?:turnover|trade|volume)\\b", OptI)]
    public static partial Regex TotalNounAfter();

    // One side's flow: "exports", "imported".
    [GeneratedRegex("\\b(?:exports?|imports?|exported|imported)\\b", OptI)]
    public static partial Regex DirectedFlowWord();

    // The subject's own flow verb coordinated right after a market noun, up to the figure: "and had exported products worth"; so a
    // participle of its own after a comma ("the second biggest destination of Kenyan exports mainly tea behind Uganda, importing goods
    // worth Sh59.4 billion from Kenya": Pakistan's imports).
    [GeneratedRegex("\\G(?:\\s*,?\\s*and\\s+(?:has\\s+|had\\s+|have\\s+)?(?:also\\s+)?(?:(?<exp>exported|shipped|sold)|(?<imp>imported|bought|purchased))|[^.;,]{0,60},\\s*(?:(?<exp>exporting)|(?<imp>importing)))(?:\\s+[\\w-]+){0,3}?\\s+(?:worth|valued\\s+at|totall?ing|amounting\\s+to)\\s*$", OptI)]
    public static partial Regex CoordinatedSubjectFlow();

    // Flow words that name another figure's subject; "goods" and "products" only say what flows.
    [GeneratedRegex("\\b(?:trade|turnover|commerce|exports?|imports?|exported|imported)\\b", OptI)]
    public static partial Regex OtherFlowWord();

    // "In 2017, ...", "During the year 2016, ...": a calendar year that opens a sentence (not "In 2016-17", "In 2016 and 2017").
    [GeneratedRegex("\\G\\s*(?:In|During|Throughout|For)\\s+(?:the\\s+(?:calendar\\s+)?year\\s+)?(?<y>(?:19|20)\\d\\d)\\b(?!\\s*(?:[-–/]|and\\b|to\\b|or\\b))", Opt)]
    public static partial Regex OpeningYear();

    // Only an adverb of time between a goal noun and its copula: "the target now is", "the goal currently is".
    [GeneratedRegex("^\\s*(?:now|currently|today|still|then)\\s*$", OptI)]
    public static partial Regex TimeAdverbOnly();

    // A time left vague: "some years back", "a few years ago", "two years ago" (no rule reads the year it names), "a decade ago", "decades
    // ago", "some time back" (not "a year ago", which names the year before).
    [GeneratedRegex("\\b(?:(?:some|a\\s+few|few|several|many)\\s+years\\s+(?:back|ago|earlier|before)|years\\s+ago|(?:a|one|some)\\s+decade\\s+ago|decades\\s+ago|some\\s+time\\s+(?:back|ago))\\b", OptI)]
    public static partial Regex VaguePast();

    public static readonly System.Buffers.SearchValues<string> VaguePastCue = System.Buffers.SearchValues.Create([" back", " ago", "earlier", "before"], StringComparison.OrdinalIgnoreCase);

    // A fall from one figure to the one after "to": "the noticeable decline in bilateral trade volume from over $10 billion to" (not "halt
    // the decline and raise trade from $1 billion to": another verb between).
    [GeneratedRegex("\\b(?:declin(?:e|ed|es|ing)|drop(?:s|ped|ping)?|fall(?:s|en|ing)?|fell|decreas(?:e|ed|es|ing)|slump(?:s|ed|ing)?|plung(?:e|ed|es|ing)|shr(?:a|i|u)nk(?:ing)?|contraction|dip(?:s|ped)?|nose[- ]?dive[ds]?)\\b(?:(?!\\b(?:and|but)\\b)[^.;,]){0,80}?\\bfrom\\s+(?:[^.;]|\\.(?=\\d)){1,50}?\\s+to\\s*$", OptI)]
    public static partial Regex FallFromTo();

    public static readonly System.Buffers.SearchValues<string> FallCue = System.Buffers.SearchValues.Create(
        ["declin", "drop", "fall", "fell", "decreas", "slump", "plung", "shrank", "shrink", "shrunk", "contraction", "dip", "nose"], StringComparison.OrdinalIgnoreCase);

    // "from the current level of", "from the existing", "from its present": the base a change or a goal starts from (a hedge after it is cut first).
    // "from current levels of $2.7 billion", "growth from a total of Sh596.6 billion", "an increase from current trade volumes of
    // approximately $2 billion".
    [GeneratedRegex("\\bfrom\\s+(?:(?:the|a|its|our)\\s+)?(?:(?:current|present|existing|previous|earlier|today's)(?:\\s+(?:(?:bilateral|two-way|trade)\\s+){0,2}(?:level|figure|value|base|volume|turnover)s?\\s+of)?|(?:level|figure|value|base|total)s?\\s+of)$", OptI)]
    public static partial Regex FromLevelOf();

    // "135.89 million euros of imports from Israel", "$2 billion worth of exports to Japan", "R22.8bn imports from Nigeria", "US$2 billion in
    // imports from Nigeria", "made US$1.18 billion from its exports to India": a flow and the preposition of its partner.
    [GeneratedRegex("\\G['’]?\\s*(?:(?:worth\\s+)?(?:of|in)\\s+|from\\s+(?:(?:its|their|the)\\s+)?)?(?:(?<exp>exports)\\s+to|(?<imp>imports)\\s+from)\\s+(?:the\\s+)?", OptI)]
    public static partial Regex FlowToPartnerAfterFigure();

    // "worth of UK exports", "of Kenyan imports", "2.1 billion dollars’ worth of Egyptian exports", "$58.6 billion in Thai exports to the
    // United States": a flow named right after its figure, with its reporter.
    // "$496 million of which were Egyptian exports to Sudan": a part of the total before, named as a flow with its reporter.
    [GeneratedRegex("\\G['’]?\\s*(?:(?:worth\\s+)?(?:of|in)|of\\s+which\\s+(?:was|were))\\s+(?:the\\s+)?\\p{Lu}[\\w.’'-]*(?:\\s+\\p{Lu}[\\w.’'-]*){0,2}\\s+(?:goods\\s+|merchandise\\s+)?(?:(?<exp>exports|sales)|(?<imp>imports|purchases))\\b", Opt)]
    public static partial Regex FlowAfterFigure();

    // "goods worth 116 billion euros were imported from China to Germany", "(256.7 billion U.S. dollars) traded between China and Germany":
    // a passive verb after the figure says which way it went; the countries after it say between whom. So does a flow noun after "in"
    // ("$13 million in import volume to Sri Lanka from Bangladesh", "$5 billion in exports to Peru"); goods "sent to" a country are
    // exports to it ("Bangladeshi products worth only $90 million sent to Thailand").
    [GeneratedRegex("\\G(?:\\s*[(\\[][^)\\]]{0,60}[)\\]])?\\s*(?:(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+)?"
        + "(?:(?<exp>" + ExportedVerbs + "|sent(?=\\s+to\\b)|in\\s+exports?(?:\\s+(?:volume|value))?)|(?<imp>" + ImportedVerbs + "|in\\s+imports?(?:\\s+(?:volume|value))?)|(?<both>traded|exchanged))\\b", Opt)]
    public static partial Regex PassiveFlowAfterFigure();

    // "$500 mln in trade operations with neighboring Uzbekistan": the pair follows the figure.
    [GeneratedRegex("\\G\\s*(?:worth\\s+)?(?:of|in)\\s+(?:(?:annual|yearly|two-way|bilateral|total|mutual)\\s+)*(?:trade|turnover)(?:\\s+(?:operations|transactions|exchanges?))?\\s+"
        + "(?:with\\s+|(?<between>between\\s+))(?:the\\s+)?(?:(?:neighbou?ring|fellow|brotherly|friendly)\\s+)?", OptI)]
    public static partial Regex TotalAfterFigure();

    // "a target of $5 billion for Ghana-Kenya bilateral trade", "$10 billion in India-UK trade": a hyphenated pair after the figure.
    [GeneratedRegex("\\G\\s*(?:worth\\s+)?(?:for|in|of)\\s+(?:the\\s+)?(?<pair>[\\p{Lu}][\\w.’'-]*(?:\\s+[\\p{Lu}][\\w.’'-]*)?\\s*[-–]\\s*[\\p{Lu}][\\w.’'-]*(?:\\s+[\\p{Lu}][\\w.’'-]*)?)\\s+(?:(?:bilateral|two-way|total|annual)\\s+)*(?:trade|turnover)\\b", Opt)]
    public static partial Regex PairTradeAfterFigure();

    [GeneratedRegex("\\b(?:trade|turnover|commerce|exports|imports)\\s+(?:volume\\s+)?(?:will|would)\\s+(?:\\w+\\s+){0,2}?(?:grow|rise|increase|reach|climb|hit|top|exceed|expand)\\b[^.;]{0,40}$", OptI)]
    public static partial Regex FlowWillBefore();

    // "we expect to double trade": the speakers' own expectation of what they will do is their goal.
    [GeneratedRegex("\\b(?:we|I)\\s+(?:\\w+\\s+)?(?:expect|anticipate|project)\\b", OptI)]
    public static partial Regex WeBefore();

    [GeneratedRegex("^\\W*(?:While|Although|Though|Whereas)\\b", Opt)]
    public static partial Regex ContrastOpening();

    [GeneratedRegex("^[^.;]{0,30}?\\b(?:(?:from|to|with)\\s+(?:the\\s+)?(?:rest\\s+of\\s+the\\s+)?world|worldwide|globally|to\\s+all\\s+(?:its\\s+)?(?:markets|partners|destinations))\\b", OptI)]
    public static partial Regex WorldAfter();

    // Words that make a one-country clause about a pair: "bilateral", "with", "between".
    // "to"/"from" right before the figure, with only lower-case words between, is a change's end or start, not a side:
    // "Brazil's exports fell 5.3% to 242.58 billion dollars" is Brazil's trade with the world.
    // Nor is "with" that opens an absolute clause of the figure's own flow: "Vietnam's economy recorded ..., with total import-export
    // turnover reaching USD 930 billion".
    [GeneratedRegex("\\b(?:bilateral|mutual|with(?!\\s+(?:(?:total|overall|its|their)\\s+)?(?:[\\w-]+\\s+)?(?:imports?|exports?|trade|turnover)\\s+(?:reaching|totall?ing|amounting|standing|hitting|rising|growing))|between|(?:to|from)(?!(?-i:(?:\\s+\\p{Ll}[\\w-]*){0,3})\\s*$))\\b", OptI)]
    public static partial Regex PairWord();

    [GeneratedRegex("\\bgoods\\s+(?:and|&)\\s+services\\b", OptI)]
    public static partial Regex GoodsAndServices();

    [GeneratedRegex("\\b(?:goods|merchandise)\\b", OptI)]
    public static partial Regex GoodsOnly();

    [GeneratedRegex("\\b(?:trading\\s+|trade\\s+)?partners?\\b", OptI)]
    public static partial Regex PartnersNoun();

    [GeneratedRegex("\\b(?:its|their)\\s+(?:\\w+\\s+){0,3}?(?:partners?|markets?|destinations?|suppliers?|sources?)\\b", OptI)]
    public static partial Regex PossessivePronoun();

    [GeneratedRegex("^of\\s+(?:all\\s+)?(?:\\p{Lu}[\\w’'-]*\\s+)?(?:goods|merchandise|products)\\b", Opt)]
    public static partial Regex GoodsAfterOf();

    // Words before a bracketed figure that name the flow or its period, not a product: "trade ($5 billion)", "exports (worth".
    [GeneratedRegex("^(?:trade|trading|turnover|commerce|exports?|imports?|shipments?|goods|merchandise|total|totals|values?|worth|levels?|figures?|year|terms|partner|partners|destination|market|source|basis|respectively|"
        + "January|February|March|April|May|June|July|August|September|October|November|December)$", OptI)]
    public static partial Regex LevelNoun();

    // A trade balance is not a volume: "the deficit on merchandise trade with China was $227 billion", "excess of imports over exports",
    // "bringing the difference between exports and imports to 2.91 billion".
    [GeneratedRegex("\\b(?:deficits?|surplus(?:es)?|(?:trade|trading|current[\\s-]account)\\s+balances?|balance\\s+of\\s+trade|imbalances?|trade\\s+gap|excess\\s+of\\s+(?:imports|exports)\\s+over"
        + "|difference\\s+between\\s+(?:the\\s+)?(?:exports|imports)\\s+and\\s+(?:the\\s+)?(?:imports|exports))\\b", OptI)]
    public static partial Regex BalanceWord();

    // "averaged as little as $1.2 million", "an annual average of $300 million", "on average about $2 billion": a mean, before the figure;
    // so is "average trade turnover between Armenia and Iran was around $200 million in 2008 and 2009", the mean's noun its subject, and
    // "the average annual value of Kuwaiti exports to Egypt during the same period reached".
    // Not a rate's average: "Imports grew at a faster rate of 45% annually on average from USD 170.2 million in 2017" (the levels are years').
    [GeneratedRegex("\\b(?:averag(?:ed|es|ing)|(?:an?|the)\\s+(?:(?:annual|yearly|monthly)\\s+)?average\\s+of|(?<!(?:%|\\bper\\s?cent)\\s*(?:(?:annually|yearly|a\\s+year|per\\s+(?:year|annum))\\s+)?)on\\s+(?:an?\\s+)?average)\\s+(?:[\\w-]+\\s+){0,3}$"
        + "|\\baverage\\s+(?:(?:annual|yearly|monthly)\\s+)?(?:(?:value|volume)\\s+of\\s+(?:[\\w-]+\\s+)?)?(?:(?:bilateral|two-way|mutual)\\s+)?(?:trade|turnover|exports?|imports?)\\b[^.;:$€£¥\\d]{0,70}$", OptI)]
    public static partial Regex AverageBefore();

    // "$300 million a year on average", "$2 billion annually on average": the same, after it.
    [GeneratedRegex("^\\s*(?:(?:a|per)\\s+(?:year|annum|month)\\s+|annually\\s+)?on\\s+(?:an?\\s+)?average\\b", OptI)]
    public static partial Regex AverageAfter();

    // "Egypt's exports to Greece were led by fuels, mineral oils, and distillation products, valued at $610 million": the goods that lead a
    // flow are one item of it.
    [GeneratedRegex("\\b(?:exports?|imports?|trade|shipments|sales|purchases)\\b[^;]{0,60}?\\b(?:were|was|is|are|been)\\s+(?:\\w+\\s+)?(?:led|dominated|headed)\\s+by\\s+[^;]{0,120}$", OptI)]
    public static partial Regex LedByGoodsBefore();

    // "the portal generated direct trade transactions worth over $9.84 million", "the total business generated amounted to": what an event
    // or a channel generated is the deals made through it, not the pair's trade.
    [GeneratedRegex("\\bgenerat(?:ed|es|ing|e)\\s+(?:[\\w-]+\\s+){0,3}?(?:transactions?|business)\\b[^;]{0,40}$|\\b(?:transactions?|business)\\s+generated\\b[^;]{0,60}$", OptI)]
    public static partial Regex GeneratedBusinessBefore();

    // "the parties agreed on the delivery of Kazakh flour worth US$4 million to Afghanistan": the value of one delivery or supply is a
    // deal's, not a level of the trade nor a goal for it.
    [GeneratedRegex("\\b(?:delivery|supply)\\s+of\\s+[^.;,]{1,60}?\\bworth\\b", OptI)]
    public static partial Regex OneDeliveryBefore();

    // "PTI facilitated $49 million worth of exports": what an agency or a channel facilitated is the deals made through it.
    [GeneratedRegex("\\bfacilitat(?:ed|ing)\\s+(?:\\w+\\s+)?$", OptI)]
    public static partial Regex FacilitatedBefore();

    // Right after a figure, the noun of a change: "exports were $150 million in 2020, a $12 million increase from the previous year".
    [GeneratedRegex("^\\s*(?:increase|rise|jump|gain|growth|decrease|decline|drop|fall)\\b", OptI)]
    public static partial Regex ChangeNounAfter();

    // "They stood out with ... a contribution of around RON 1.3 billion to the gross value added and a turnover of around RON 3.3 billion,
    // with total assets of RON 2.7 billion": a turnover no trade word qualifies, beside a firm's accounts, is the sales of companies.
    [GeneratedRegex("(?<!\\b(?:trade|trading|commodity|goods|merchandise|bilateral|mutual|two-way)\\s+)\\bturnover\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,2}$", OptI)]
    public static partial Regex BareTurnoverBefore();

    [GeneratedRegex("\\b(?:assets|employees|staff|profits?|profitability|value\\s+added|equity)\\b", OptI)]
    public static partial Regex CompanyAccounts();

    // "is expected to achieve over 3.2 billion USD for the whole year, with Vietnam's export turnover to Brazil reaching over ": a "with"
    // clause after a figure, its verb a participle.
    [GeneratedRegex(",\\s*with\\s+(?:[\\p{L}'’.-]+\\s+){0,10}?\\p{L}+ing\\s+(?:\\p{L}+\\s+){0,2}$", OptI)]
    public static partial Regex WithParticipleClause();

    // "£1bn of new UK-India trade and investment", "$2 billion in new trade deals": money announced, not trade that took place.
    [GeneratedRegex("^\\s*(?:(?:worth|of|in)\\s+)?(?:new|fresh|additional|extra)\\b|\\btrade\\s+and\\s+investment\\b|\\binvestment\\s+and\\s+trade\\b", OptI)]
    public static partial Regex DealAfter();

    // "both countries signed potential investment and trade with total amount of $2 billion", "signed 15 MoUs worth US$6.2 billion": what is
    // signed is announced, not traded.
    [GeneratedRegex("\\bsign(?:ed|ing)\\b[^.;]{0,80}?\\b(?:investments?|deals?|contracts?|agreements?|MoUs?|memorand\\w+|commitments?)\\b[^.;]{0,40}?\\b(?:worth|amount(?:ing)?|valued?|total(?:l?ing)?)\\b[^.;]{0,15}$", OptI)]
    public static partial Regex SignedDealBefore();

    // Between the end of a movement and its start: " from ", ", up from ", ", down from ".
    [GeneratedRegex("^\\s*,?\\s*(?:(?:up|down)\\s+)?from\\s+$", OptI)]
    public static partial Regex FromBetween();

    // Right after a movement's start, its year: " recorded in 2020", " in 2020", " registered in 2019".
    [GeneratedRegex("^\\s*(?:(?:recorded|registered)\\s+)?in\\s+(?<y>(?:19|20)\\d\\d)\\b", OptI)]
    public static partial Regex YearRightAfterStart();

    // Right before a figure, the value of a deal, whoever agreed to it: "agreed to a trade deal worth ", "have agreed to MoUs worth about "
    // (what is agreed is announced, not traded).
    [GeneratedRegex("\\b(?:deals?|MoUs?)\\s+worth\\s+(?:(?:about|around|over)\\s+)?$", OptI)]
    public static partial Regex DealWorthBefore();

    // Right before a figure, "but" and a verb of movement to it: "were $13,076,000 but also dropped to", "but then rose to", "but later due
    // to security and political reasons it dropped to" (words of their own between them, no punctuation).
    [GeneratedRegex("\\bbut\\s+(?:[\\w'’-]+\\s+){0,10}?(?:dropped|fell|declined|decreased|dwindled|shrank|slumped|plunged|rose|grew|increased|climbed|jumped|surged|recovered)\\s+to\\s+(?:a\\s+mere\\s+|just\\s+|only\\s+|about\\s+|around\\s+)?$", OptI)]
    public static partial Regex MovedToAfterBut();
    public static readonly System.Buffers.SearchValues<string> ButCue = System.Buffers.SearchValues.Create(["but "], StringComparison.OrdinalIgnoreCase);

    // A past perfect soon after a year: "by 2020 those exports had dwindled to", a level reached by then, in a text of no date.
    [GeneratedRegex("^[^.;]{0,60}?\\bhad\\s+(?:already\\s+)?(?:\\w+ed|grown|risen|fallen|shrunk|hit)\\b", OptI)]
    public static partial Regex PastPerfectAfter();

    // Right before a country, the event held there: "the World Economic Forum conference in ", "a summit held in ".
    [GeneratedRegex("\\b(?:conference|meeting|summit|forum|session|event|expo|exhibition)\\s+(?:held\\s+)?in\\s+(?:the\\s+)?$", OptI)]
    public static partial Regex VenueBefore();

    // Names joined by hyphens right before a country's ("ASEAN-Australia-") and right after it ("-New"), one capture each (a name of
    // two words counts by its last or first).
    [GeneratedRegex("(?:(?<l>\\p{Lu}\\p{L}*)[-\u2013])+$", Opt)]
    public static partial Regex NameLinksBefore();

    [GeneratedRegex("^(?:[-\u2013](?<l>\\p{Lu}\\p{L}*))+", Opt)]
    public static partial Regex NameLinksAfter();

    // Right after a figure a movement reached, the span it took: "between 2014 and last year", "between 2015 and 2021".
    [GeneratedRegex("^\\s*,?\\s*between\\s+(?:19|20)\\d\\d\\s+and\\s+(?:(?<y>(?:19|20)\\d\\d)|(?<last>last|the\\s+previous)\\s+year|(?:this|the\\s+current)\\s+year)\\b", OptI)]
    public static partial Regex SpanEndAfter();

    // A past verb of a level soon after "by the end of" a year: "By the end of 2023, bilateral trade turnover increased by 27.7% ... and
    // amounted to 133 million dollars", the level that year ended with, in a text of no date.
    [GeneratedRegex("^[^.;]{0,80}?\\b(?:" + PastLevelWords + ")\\b", OptI)]
    public static partial Regex PastLevelAfter();

    private const string PastLevelWords = "amounted|reached|totall?ed|stood|increased|grew|rose";

    // Right before a figure, a past verb of its level and up to three words: "reached", "amounted to more than", "stood at about".
    [GeneratedRegex("\\b(?:" + PastLevelWords + ")\\s+(?:[a-z]+\\s+){0,3}$", OptI)]
    public static partial Regex PastLevelBefore();

    // Domestic exports and re-exports named together: all exports ("domestic and re-exports", "domestic exports and re-exports").
    [GeneratedRegex("\\bdomestic\\s+(?:exports?\\s+)?(?:and|plus|&)\\s+re-exports?\\b", OptI)]
    public static partial Regex DomesticAndReExports();

    // "150 billion euros ($163 billion)", "$1 billion, or about £780 million", "205.7 billion euros (or 231 billion dollars)", "$8.15
    // billion (over Rs 60,000 crore)": the same amount restated in another currency; so is one right after a bracketed restatement
    // ("KES. 75.096 billion (US$742.5 million) RM. 3.143 billion").
    [GeneratedRegex("^\\s*(?:(?:in|for)\\s+(?:19|20)\\d\\d\\s*)?(?:[(\\[]\\s*(?:or\\b|i\\.e\\.,?)?|[)\\]]|,?\\s*or|,?\\s*i\\.e\\.,?|,?\\s*equivalent\\s+to|,?\\s*roughly|,?\\s*about|,\\s*around|,\\s*approximately)\\s*(?:about\\s+|around\\s+|approximately\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+|(?:just\\s+)?(?:over|under)\\s+|(?:more|less)\\s+than\\s+|close\\s+to\\s+|US\\s+)?$", OptI)]
    public static partial Regex ConversionBefore();

    // A figure named as what was projected: "exceeding our initial projections of EUR 7 bln for the entire year 2021", "a forecast of
    // $5 billion".
    [GeneratedRegex("\\b(?:projections?|forecasts?)\\s+of\\s+$", OptI)]
    public static partial Regex ForecastNounBefore();

    // A verb of expecting in the present, the last before the figure: "We expect a slight decline ... to", "analysts forecast".
    [GeneratedRegex("\\b(?:expect|expects|anticipate|anticipates|predict|predicts|forecast|forecasts)\\b", OptI | RegexOptions.RightToLeft)]
    public static partial Regex ExpectingVerb();

    // What someone expects, not what anyone aims at: "could soon reach", "is expected to reach", "is forecast to grow to".
    [GeneratedRegex(
        "\\b(?:could|may|might|likely|unlikely|probably|possibly|perhaps|expects?|expected|expecting|expectations?|forecasts?|forecasted|forecasting|projects?\\s+that"
        + "|projected|projections?|predicts?|predicted|predictions?|anticipat\\w*|poised|potential(?:ly)?|estimates?\\s+(?:that|it)|seen\\s+(?:reaching|rising|growing|hitting)"
        + "|on\\s+(?:course|pace)\\s+to|set\\s+to\\s+(?:reach|hit|top|exceed|surpass)"
        // "An agreement ... should result in an increase in bilateral trade to ...": the effect of a deal is expected, not aimed at.
        + "|results?\\s+in|resulted\\s+in|resulting\\s+in)\\b", OptI)]
    public static partial Regex Forecast();

    [GeneratedRegex("^(?:(?:in|of|on)\\s+(?:the\\s+)?(?:world|globe|planet)\\b|globally\\b|worldwide\\b)", OptI)]
    public static partial Regex WorldAfterTrader();

    [GeneratedRegex("\\b(?:world['’]s|global)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+$", OptI)]
    public static partial Regex WorldBeforeTrader();

    // A possessive right before a flow word: a name ("Ohio's", "British Columbia's") or a subnational noun ("the state's").
    [GeneratedRegex("(?:\\b\\p{Lu}[\\w.-]*(?:\\s+\\p{Lu}[\\w.-]*){0,2}|\\b(?:state|province|region|city|territory|county|prefecture|company|firm)s?)['’]s?\\s+(?:[\\w-]+\\s+){0,2}$", Opt | RegexOptions.RightToLeft)]
    public static partial Regex NonCountryPossessor();

    // Right before a figure, a pronoun for the figure before it: "and the UAE hopes to grow this to ", "plans to raise it to ".
    [GeneratedRegex("\\b(?:it|this|that)\\s+(?:(?:further|again)\\s+)?to\\s+(?:about\\s+|around\\s+|over\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex PronounToBefore();

    // A whole calendar year said as one, right after a figure: "compared to $1.221 billion for all of 2021", "the $1.3 billion recorded in the
    // whole of 2021".
    [GeneratedRegex("^\\s*(?:(?:recorded|registered|reported|seen)\\s+)?(?:for|in|during|over)\\s+(?:all|the\\s+whole|the\\s+entire|the\\s+full\\s+year)\\s+(?:of\\s+)?(?:19|20)\\d\\d\\b", OptI)]
    public static partial Regex WholeYearAfter();

    // A part of a year right before its year: "during the first 11 months of ", "in January-May ", "between January and May ", "in H1 ".
    [GeneratedRegex("(?:\\b(?:first|last|past|second|third|fourth|final)\\s+(?:(?:\\w+|\\d+)\\s+)?(?:months?|quarters?|half|weeks?)|\\bH[12]|\\bQ[1-4]|\\b(?:nine|six|three|eight|ten|eleven)-month\\s+period"
        + "|\\b(?!December)(?:" + FullMonth + ")\\s*(?:-|–|to|through)\\s*(?!December)(?:" + FullMonth + ")"
        + "|\\bbetween\\s+(?!December)(?:" + FullMonth + ")\\s+and\\s+(?!December)(?:" + FullMonth + ")"
        // "in November 2023": one month.
        + "|\\b(?:in|during|for)\\s+(?:" + FullMonth + "))\\s+(?:of\\s+)?$", OptI)]
    public static partial Regex PartOfYearBefore();

    // A twelve-month period that ends in a month other than December, right before its year; or a level "at the end of April 2018".
    [GeneratedRegex("\\b(?:(?:to|ending|ended|through|until)\\s+(?:the\\s+end\\s+of\\s+)?|(?:at|by)\\s+the\\s+end\\s+of\\s+)(?:January|February|March|April|May|June|July|August|September|October|November)\\s*$", OptI)]
    public static partial Regex PeriodEndingInMonth();

    // A multiple's object that is one side's flow: "its exports", "merchandise exports", "their imports", "the exports as part of ...".
    [GeneratedRegex("^\\s*(?:[a-z]+\\s+){0,2}(?<f>exports?|imports?)\\b", OptI)]
    public static partial Regex FlowObject();

    // The flow word and its preposition before the partner: "exports to ", "imports from ".
    [GeneratedRegex("\\b(?:exports?\\s+to|imports?\\s+from)\\s", OptI)]
    public static partial Regex FlowPartnerWord();

    // The nouns that make a goal's object trade (not FlowWord: its "two-way" and "business" also qualify investment).
    [GeneratedRegex("\\b(?:trade[ds]?|trading|turnover|commerce|" + CommercialExchange + "|exports?|imports?|shipments?|sales|goods|merchandise)\\b", OptI)]
    public static partial Regex TradeNoun();

    // A name that is no country trading as the subject of a flow verb ("Texas exported", "Boeing sold"), or as the origin after a flow
    // noun ("Exports from California to India"); pronouns and months are not names.
    [GeneratedRegex("(?:\\b(?!(?:It|They|We|He|She|This|That|These|Those|There|The|And|But|In|Last|This|Total|Overall|Bilateral|Trade)\\b)\\p{Lu}[\\w.-]*(?:\\s+\\p{Lu}[\\w.-]*){0,2}\\s+(?:also\\s+|alone\\s+)?(?:exported|imported|shipped|sold|bought|purchased)"
        + "|\\bfrom\\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|the)\\b)\\p{Lu}[\\w.-]*(?:\\s+\\p{Lu}[\\w.-]*){0,2})\\b", Opt)]
    public static partial Regex NamedNonCountryTrader();

    // A modal or an infinitive governing the figure: "may reach $66 billion", "will be able to reach the $200-billion", "trade to hit $80 bln
    // by yearend". What may, will or could be is no level of any year (whether it is a goal is decided before).
    [GeneratedRegex("(?:\\b(?:will|would|may|might|could|can|should|shall|must)|['’]ll)\\s+(?<between>(?:[\\w'’-]+\\s+){0,5}?)$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex ModalBeforeFigure();

    // A reckoning before the figure, up to a sentence's stop: "this would suggest a 2023 total trade turnover ... of ", "would put trade at ".
    [GeneratedRegex("\\bwould\\s+(?:suggest|imply|mean|put|translate\\s+into)\\b(?:[^.;]|\\.(?=\\d)){0,90}$", OptI)]
    public static partial Regex WouldImplyBefore();

    public static readonly System.Buffers.SearchValues<string> ModalCue = System.Buffers.SearchValues.Create(
        ["will", "would", "may", "might", "could", "can", "should", "shall", "must", "'ll", "’ll"], StringComparison.OrdinalIgnoreCase);

    // "is projected to reach $558 billion in 2013", "expected to top": what a forecast governs is no level.
    // "is expected to hit a record high of $110 billion", "is forecast to climb to a new record of": up to eight words between ("is expected to significantly increase bilateral trade ties to an estimated").
    // "expects the figure to reach $200 billion soon": the same said of someone who expects it, the figure a few words after the verb.
    // "is expected to grow at least 30 per cent in 2018 to about USD 11 billion": up to ten words between the infinitive and the figure.
    // "The two countries expect their trade to mount to $2 billion": so with the plural verb. "is expected increase to US$1 billion", "the
    // projected rise in exports to": a change noun after the forecast's participle, the figure it is expected to end at.
    // Not past a relative clause of its own: "are expected to more than double bilateral trade which stood at a measly $220 million in 2016".
    [GeneratedRegex("\\b(?:(?:projected|expected|forecasts?|forecasted|predicted|anticipated|set|likely|poised|tipped|seen|on\\s+(?:course|track|pace))\\s+"
        + "|(?:expect|expects|expecting|predict|predicts|projects|anticipate|anticipates|foresee|foresees)\\s+(?:[\\w'’-]+\\s+){1,4}"
        // "has projected that the volume of trade between Nigeria and Indonesia to rise to at least $5 billion": what was projected, its
        // subject named after "that".
        + "|(?:projected|predicted|forecast|forecasted|expected|anticipated|estimated)\\s+that\\s+(?:[\\w'’-]+\\s+){1,10}"
        + "|(?:projected|expected|forecasted|predicted|anticipated)\\s+(?:increase|rise|growth|jump|climb|surge|expansion)\\s+(?:in\\s+(?:[\\w-]+\\s+){1,6})?)to\\s+(?:(?!(?:which|that)\\s)[\\w-]+\\s+){0,10}$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex ForecastInfinitive();

    public static readonly System.Buffers.SearchValues<string> ForecastInfinitiveCue = System.Buffers.SearchValues.Create(
        ["projected", "expect", "forecast", "predict", "anticipate", "set to", "likely", "poised", "tipped", "seen to", "on course", "on track", "on pace",
         "projects", "foresee", "estimated that"],
        StringComparison.OrdinalIgnoreCase);

    public static readonly System.Buffers.SearchValues<string> InfinitiveGoalCue = System.Buffers.SearchValues.Create(
        ["to hit", "to reach", "to top", "to exceed", "to surpass", "to cross", "to touch", "to double"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("\\b(?:that|which|who|when|where|because|since|as|said|says|noted|if)\\b", OptI)]
    public static partial Regex NewClauseWord();

    // "$11 billion a year", "annually": a rate (not "a year earlier", "a year ago", "a year later": a year named from another).
    [GeneratedRegex("\\b(?:(?:a|per|each|every)\\s+year(?!\\s+(?:earlier|before|ago|later|after)\\b)|annually|per\\s+annum|yearly)\\b", OptI)]
    public static partial Regex PerYearAfter();

    // Right after a rate's words: "per year in 1994", "a year during 2019".
    [GeneratedRegex("^\\s*,?\\s*(?:in|during)\\s+(?:19|20)\\d\\d\\b", OptI)]
    public static partial Regex InYearRightAfter();

    // A headline's or a report's "trade to hit $80 billion": an infinitive with no finite verb before it in its clause is what is to come.
    [GeneratedRegex("^(?<before>[^.;]*?\\b(?:trade|turnover|exports?|imports?)\\s+(?:\\w+\\s+){0,2}?)to\\s+(?:hit|reach|top|exceed|surpass|cross|touch|double)(?:\\s+(?:the|a|around|about|over|nearly|almost))*\\s*$", OptI)]
    public static partial Regex FlowToInfinitive();

    // "will reach $100 billion by 2015" is a goal only when the sentence frames it as one (a benchmark, an aim) or the speakers commit ("we will").
    [GeneratedRegex("\\b(?:will|shall|would)\\b|['’]ll\\b", OptI)]
    public static partial Regex Will();

    // A head of state or government, a minister or an ambassador reporting: "President X said", "the prime minister told".
    [GeneratedRegex("\\b(?:President|Prime\\s+Minister|Premier|Chancellor|Minister|Secretary|Ambassador|King|Emir|Crown\\s+Prince)\\b[^.;]{0,60}?\\b(?:said|says|told|stated|announced|declared|stressed|noted)\\b"
        + "|\\b(?:said|says|told|stated|announced|declared|stressed|noted)\\s+(?:the\\s+)?(?:\\p{Lu}\\w+\\s+)?(?:President|Prime\\s+Minister|Premier|Chancellor|Minister)\\b", Opt)]
    public static partial Regex LeaderSays();

    [GeneratedRegex("\\b(?:analysts?|economists?|experts?|forecasters?|observers?|estimates?|projections?|models?|studies|study|report|banks?)\\b", OptI)]
    public static partial Regex Forecaster();

    [GeneratedRegex("\\b(?:we|I)\\s+(?:\\w+\\s+)?(?:will|shall|['’]ll)\\b|\\b(?:goals?|targets?|benchmarks?|aims?|objectives?|ambitions?|agreed|committed)\\b"
        // The parties themselves as the subject of "will": "The UK and Nigeria will double bilateral trade", "both sides will raise".
        // (not "trade turnover between the two countries will reach": the parties there are what is traded between, not who acts)
        + "|(?<!between\\s)\\b(?:both\\s+(?:sides|countries|leaders|governments)|the\\s+(?:two|2)\\s+(?:sides|countries|leaders|governments|prime\\s+ministers|presidents)|the\\s+leaders)\\s+(?:\\w+\\s+)?(?:will|shall)\\b"
        + "|" + PartiesWill, OptI)]
    public static partial Regex WillFramedAsGoal();

    // Two named parties as the subject of "will" with a verb that acts on trade: "The UK and Nigeria will double bilateral trade".
    private const string PartiesWill = "(?-i:\\p{Lu}[\\w.]*(?:\\s+\\p{Lu}[\\w.]*){0,3}\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\w.]*(?:\\s+\\p{Lu}[\\w.]*){0,3})\\s+(?:will|shall)\\s+(?:\\w+\\s+)?(?:double|triple|raise|increase|boost|grow|expand|lift|take|bring)\\b";

    [GeneratedRegex(PartiesWill, OptI)]
    public static partial Regex PartiesWillAct();

    // A subject that stands for the leaders together: "the leaders agreed", "the two Prime Ministers", "both leaders".
    [GeneratedRegex("\\b(?:the|both|two|2)\\s+(?:(?:two|2)\\s+)?(?:leaders|prime\\s+ministers|presidents|heads\\s+of\\s+(?:state|government))\\b|\\bthey\\s+(?:agreed|welcomed|committed|reaffirmed|set|noted|expressed)\\b", OptI)]
    public static partial Regex CollectiveLeaders();

    // A past verb right before "to": "amounted to $3.8 billion", "rose 12% to $8.4 billion" states a level, not a goal; so does "rose from
    // $554.2 million in 2022 to" (a decimal point ends no sentence).
    [GeneratedRegex(
        "\\b(?:amounted|rose|grew|increased|decreased|fell|climbed|jumped|dropped|declined|surged|soared|slipped|came|went\\s+up|went\\s+down|edged\\s+up|was\\s+up|were\\s+up|(?:has|have|had)\\s+(?:\\w+\\s+)?(?:risen|grown|increased|climbed|jumped|fallen|dropped|declined|doubled|tripled|come|gone|reached))\\b(?:[^.;]|\\.(?=\\d))*\\bto\\s*$"
        // "In 2020, these accounted for the $39.1 million export value, dropping to $10.02 million by 2023": a fall goes on with a series;
        // no one aims at one.
        + "|\\b(?:dropping|falling|declining|decreasing|sliding|shrinking|plunging|slumping|contracting)\\s+(?:[\\w-]+\\s+){0,2}to\\s*$",
        OptI | RegexOptions.RightToLeft)]
    public static partial Regex PastBeforeTo();

    // Between a base and the goal after it: "to", "to reach", "to about", after the base's own year or none ("in 2021 to", "last year to",
    // "this year to": "aim to increase trade from $569 million this year to $1 billion in 2016").
    [GeneratedRegex("^\\s*(?:(?:in|during|for)\\s+(?:19|20)\\d\\d|(?:last|this|the\\s+previous|the\\s+past)\\s+year|a\\s+year\\s+(?:ago|earlier))?\\s*,?\\s*to(?:\\s+(?:reach|about|around))?\\s*$", OptI)]
    public static partial Regex BaseYearThenTo();

    // "... $100 billion by 2015 and $200 billion by 2020": a figure coordinated with the target before it is a second target; so is the
    // other flow coordinated with it ("to increase imports from Azerbaijan to $500 million, and exports to $600 million"), also after a
    // year said relative to now ("to USD 100 billion this year, and USD 150 billion by 2030"), and with a qualifier ("to 3 billion USD in
    // 2014 and over 12 billion USD by 2020").
    // So does a goal's next stage: "to $1 billion initially and eventually to $3 billion", "$1 billion initially and $2 billion in the next
    // stage".
    [GeneratedRegex("^\\s*(?:(?:by|in|within|until|before|for|this|next)\\s+[\\w\\s-]{1,30}?|initially|at\\s+first|first|in\\s+the\\s+(?:first|initial)\\s+(?:stage|phase)|in\\s+the\\s+short(?:\\s+|-)term)?\\s*,?\\s*(?:and(?:\\s+then)?|or|then|rising\\s+to|and\\s+to)\\s+(?:(?:eventually|later|subsequently|ultimately|finally)\\s+)?(?:to\\s+|of\\s+|(?:(?:its|their|the)\\s+)?(?:exports?|imports?)(?:\\s+(?:to|from)\\s+(?:the\\s+)?\\p{Lu}[\\w.’'-]*(?:\\s+\\p{Lu}[\\w.’'-]*){0,2})?\\s+to\\s+)?(?:(?:over|more\\s+than|at\\s+least|about|around|nearly|almost|some|up\\s+to)\\s+)?$", OptI)]
    public static partial Regex CoordinatedAfterTarget();

    // "The top export to Japan was electronic products worth $3.01 billion", "Electronics remained the top Philippine export", "Other top
    // exports were manufactured goods": an export or import ranked among others is a product, and its figure one item of the trade. Not
    // "the top export market", "the largest import source", "our main export and import partner": a ranked market or partner; nor "the
    // largest ever exports", "the largest share of exports".
    public static readonly System.Buffers.SearchValues<string> RankedProductCue = System.Buffers.SearchValues.Create(
        ["top ", "leading ", "main ", "major ", "biggest ", "largest ", "principal ", "chief ", "primary ", "foremost "], StringComparison.OrdinalIgnoreCase);
    [GeneratedRegex("\\b(?:top|leading|main|major|biggest|largest|principal|chief|primary|foremost)\\s+(?:(?!(?:ever|total|overall|annual|combined|record|share|part|portion|proportion|markets?|destinations?|sources?)\\b)[\\p{L}\\d.-]+\\s+){0,2}?(?:export|import)s?\\b(?!-)"
        + "(?!(?:\\s+(?:and|&|or)\\s+(?:export|import)s?)?\\s+(?:markets?|destinations?|partners?|sources?|suppliers?|countr(?:y|ies)|nations?|buyers?|customers?|hubs?|routes?|growth|volumes?|values?|revenues?|receipts|earnings|figures?|totals?|performance)\\b)", OptI)]
    public static partial Regex RankedProduct();

    // "excluding oil and precious metals", "except for gold", "other than crude": goods left out of a figure (Roles.ExcludesGoods).
    public static readonly System.Buffers.SearchValues<string> ExclusionCue = System.Buffers.SearchValues.Create(
        ["exclud", "except", "other than", "apart from", "not counting", "net of"], StringComparison.OrdinalIgnoreCase);
    [GeneratedRegex("\\b(?:excluding|excludes?|exclusive\\s+of|except(?:\\s+for)?|other\\s+than|apart\\s+from|not\\s+counting|net\\s+of)\\s+", OptI)]
    public static partial Regex Exclusion();

    // A country's share of another's flow: "Guyana accounts for 2.1 percent ($123 million) of all of Trinidad and Tobago's imports",
    // "accounting for over 20 per cent of Guyana's total imports in 2023, amounting to US$1.4 billion".
    public static readonly System.Buffers.SearchValues<string> ShareCue = System.Buffers.SearchValues.Create(
        ["account", "represent", "made up", "make up", "makes up", "making up", "constitut"], StringComparison.OrdinalIgnoreCase);
    private const string ShareVerb = "\\b(?:account(?:s|ed|ing)?\\s+for|represent(?:s|ed|ing)?|ma(?:de|kes?|king)\\s+up|constitut(?:es?|ed|ing))\\s+"
        + "(?:(?:about|around|nearly|almost|some|roughly|over|just\\s+over|more\\s+than|less\\s+than|under)\\s+)?";
    private const string SharePercent = "\\d+(?:[.,]\\d+)?\\s*(?:%|percent|per\\s+cent)";
    private const string OfAFlow = "of\\s+(?:all\\s+(?:of\\s+)?)?(?:the\\s+)?(?<owner>[^,;.()]{2,40}?)['’]s?\\s+(?:(?:total|overall|goods|merchandise)\\s+)*(?<flow>exports?|imports?|trade)\\b";
    // The figure right after the share ("accounts for $123 million", "accounts for 2.1 percent ($123 million"), its flow after it.
    [GeneratedRegex(ShareVerb + "(?:" + SharePercent + "\\s*[(\\[]\\s*(?:about\\s+|around\\s+|nearly\\s+|some\\s+)?)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex ShareRightBefore();
    [GeneratedRegex("^\\s*[)\\]]?\\s*" + OfAFlow, OptI)]
    public static partial Regex ShareFlowAfter();
    // The share and its flow before the figure ("accounting for 20 per cent of Guyana's total imports in 2023, amounting to").
    [GeneratedRegex(ShareVerb + SharePercent + "\\s+" + OfAFlow + "(?:\\s+in\\s+(?:19|20)\\d\\d)?\\s*,?\\s*(?:amounting\\s+to|worth|valued\\s+at|totall?ing|or|[(\\[])\\s*(?:about\\s+|around\\s+|nearly\\s+|some\\s+|over\\s+|more\\s+than\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex ShareAndFlowBefore();

    // A customs regime that a flow is under: "under the Free Zones regime", "under the maquila regime".
    [GeneratedRegex("\\bunder\\s+(?:the|a|its)\\s+(?:[\\w-]+\\s+){0,3}?regimes?\\b", OptI)]
    public static partial Regex UnderRegime();

    // A year that names the level of the figure right after it: "surpassed the 2007 high of", "its 2019 level of".
    [GeneratedRegex("\\b(?:19|20)\\d\\d\\s+(?:record\\s+|all-time\\s+)?(?:high|peak|record|low|level|figure|total|value|mark)\\s+of\\s+(?:about\\s+|around\\s+|some\\s+|nearly\\s+|over\\s+|more\\s+than\\s+)?$", OptI)]
    public static partial Regex YearOwnedLevelBefore();

    // "since Sh104.29 billion was recorded in 2016", "since such a level was last seen in 2014": a record compared with, right before its year.
    [GeneratedRegex("\\bsince\\s+(?:[^,;.]|[.,]\\d){0,40}?\\b(?:was|were|had\\s+been)\\s+(?:last\\s+)?(?:recorded|registered|reached|posted|seen|achieved|hit)\\s+in\\s+$", OptI)]
    public static partial Regex SinceRecordedBefore();

    // A goal's object that points back to a figure: "double this figure", "double it", "raise that amount".
    [GeneratedRegex("^\\s*(?:it|this|that|(?:this|that|the)\\s+(?:same\\s+)?(?:figure|number|amount|sum|level|volume|value))\\b", OptI)]
    public static partial Regex FigureReferentObject();

    // Right before a flow word: "the nation's exports", "the country's imports", "national exports": the whole economy's.
    [GeneratedRegex("\\b(?:the\\s+(?:nation|country)['’]s|national)\\s+(?:(?:total|overall|goods|merchandise)\\s+)?$", OptI)]
    public static partial Regex NationsFlowBefore();

    // A sentence that opens with a condition: "If ...", "“Unless ...".
    [GeneratedRegex("^[\\s\"“‘'(]*(?:if|unless)\\b", OptI)]
    public static partial Regex ConditionOpening();

    // Countries named only for comparison are not a side of the figure: "second-largest partner after China", "followed by Canada",
    // "Poland has overtaken Russia, becoming one of Ukraine's three largest partners".
    [GeneratedRegex("\\b(?:after|behind|ahead\\s+of|followed\\s+by|than|outside|excluding|except|besides|including|such\\s+as|like|below|above"
        + "|overt(?:ake|akes|aken|aking|ook)|displac(?:e|es|ed|ing)|outpac(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?)\\s+(?:the\\s+|that\\s+of\\s+)?$", OptI | RegexOptions.RightToLeft)]
    public static partial Regex ComparisonBefore();

    // The year a bracketed figure belongs to: "up from 2021 ($5.1 billion)" (not "in 2021 ($907.2 million in 2020)": its own year).
    [GeneratedRegex("(?<y>(?:19|20)\\d\\d)\\s*[(\\[]\\s*$", Opt | RegexOptions.RightToLeft)]
    public static partial Regex YearBracketBefore();

    // "in the same year", "that year": the year the text just spoke of.
    [GeneratedRegex("\\b(?:(?:in\\s+)?the\\s+same\\s+(?:year|period)|(?:in|for)\\s+that\\s+year)\\b", OptI)]
    public static partial Regex SameYear();

    // A transcript label at the start of a paragraph: "President of Russia Dmitry Medvedev:", "Prime Minister:", "Sanj Bayar (retranslated):".
    [GeneratedRegex("^(?<label>\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of|the|bin|al|de|da|van|von|Jr\\.?|\\p{Lu}[\\p{L}.'’-]*|\\[[^\\]]{1,40}\\])){0,9})\\s*(?:\\([^)]{1,30}\\))?:\\s", Opt)]
    public static partial Regex SpeakerLabel();

    // Words for a pair's two-way trade when no country is named: "trade went up", "turnover reached", "the commercial exchange reached".
    [GeneratedRegex("^(?:trade|turnover|commerce|" + CommercialExchange + ")$", OptI)]
    public static partial Regex PairTradeWord();

    [GeneratedRegex("\\b(?:bring|brings|brought|bringing|push|pushed|pushing|ramp|ramped|step|stepped|go|goes|went|gone|move|moved|scale|scaled|drive|drove|take|took|grow|grows|grew|grown|growing|shoot|shot)\\s+(?:[\\w'’-]+\\s+){0,3}$", OptI)]
    public static partial Regex PhrasalUp();

    [GeneratedRegex("\\b(?:figures?|total|volume|turnover|trade|exports|imports|number|data|level)\\s+for\\s+$", OptI)]
    public static partial Regex FigureFor();

    // "is forecast to grow to", "is expected to raise": the infinitive a forecast governs is no intent. Not "the goal had been set to
    // increase": a goal that has been set.
    [GeneratedRegex("\\b(?:forecasts?|forecasted|expected|projected|predicted|likely|unlikely|poised|seen|tipped|anticipated|estimated|(?<!\\bbeen\\s+)set|going|bound)\\s*$", OptI)]
    public static partial Regex ForecastBeforeTo();

    [GeneratedRegex("\\bis\\b", Opt)]
    public static partial Regex IsWord();

    // Right after a figure, the pair's trade named by its noun: "in bilateral trade", "of annual turnover" (written once for the two patterns).
    private const string TradeNounAfterFigure = "(?:annual\\s+|yearly\\s+|bilateral\\s+|mutual\\s+|two-way\\s+)?(?:trade|turnover|commerce)";

    [GeneratedRegex("^\\s*(?:(?:in|of|worth\\s+of)\\s+)?" + TradeNounAfterFigure + "\\b", OptI)]
    public static partial Regex TradeAfter();

    // Right after a figure, the trade it measures as a phrase of its own: "$12 billion in trade exchange by 2028", "$5 billion in two-way
    // trade between", "$3 billion of trade." (not "$1 billion in trade finance": a compound of another noun).
    [GeneratedRegex("^\\s*(?:in|of|worth\\s+of)\\s+" + TradeNounAfterFigure + "(?:\\s+exchanges?)?"
        + "(?=\\s*(?:[,.;:)]|$)|\\s+(?:between|with|by|in|over|within|from|to|and|for|during|last|this|next|each|every|annually|a\\s+year|per\\s+year)\\b)", OptI)]
    public static partial Regex TradeNamedAfter();

    // A sentence that opens with a participle of a level, up to the figure: "After hitting ", "Since reaching about ", "After rising to ".
    [GeneratedRegex("^\\s*(?:After|Before|Since|Upon)\\s+(?:hitting|reaching|touching|crossing|topping|surpassing|exceeding|(?:rising|growing|climbing|falling|dropping|jumping)\\s+to|peaking\\s+at|standing\\s+at|totall?ing)"
        + "\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|over\\s+|more\\s+than\\s+)?$", OptI)]
    public static partial Regex OpeningParticiple();

    // After the figure, the main clause's subject is trade: "in 2012, the trade volume declined", ", bilateral trade fell".
    [GeneratedRegex("^[^,;.]{0,40},\\s*(?:the\\s+)?(?:(?:bilateral|two-way|total|annual|mutual|overall)\\s+)?(?:trade(?:\\s+(?:volume|turnover))?|turnover|commerce)\\b", OptI)]
    public static partial Regex TradeSubjectAfterComma();

    // A sentence that dates its statement before the saying: "Last year, Turkish Prime Minister Erdogan said", "In 2014, the two leaders
    // agreed", "A year ago, the ministers pledged".
    // An interviewer's question opens the same way after its label: "Q: In 2016, the leaders ... agreed".
    [GeneratedRegex("^\\s*(?:(?:Q|Question)\\s*:\\s*)?(?:(?:Last|Previous)\\s+year|(?:Back\\s+)?In\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:" + FullMonth + ")\\s+)?(?<y>(?:19|20)\\d\\d)|(?:A|One)\\s+year\\s+ago)"
        + "\\s*,?\\s+[^.;:]{0,120}?\\b(?:said|announced|stated|told|pledged|promised|declared|agreed|decided|vowed)\\b", OptI)]
    public static partial Regex StatedInOpening();

    // A verb of money that is no trade governing the figure: "to invest $1 billion in", "lent $2 billion", "will allocate".
    [GeneratedRegex("\\b(?:invest(?:s|ed|ing)?|lend(?:s|ing)?|lent|loan(?:s|ed)?|spen(?:d|ds|t|ding)|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|allocat(?:e|es|ed|ing))\\s+(?:[\\w-]+\\s+){0,3}$", OptI)]
    public static partial Regex MoneyVerbBefore();

    [GeneratedRegex("\\b(?:said|says|remarked|stressed|noted|believes|told|added|stated)\\b", Opt)]
    public static partial Regex PlainSay();

    // Between the two figures of a movement: "from $142 million to $336 million".
    [GeneratedRegex("^\\s+to\\s+$", Opt)]
    public static partial Regex MovementJoint();

    // Right before a base, a change from the year before: "increasing by 5.1% YoY from ", "up 12 percent year-on-year from about ".
    [GeneratedRegex("\\b(?:YoY|y-o-y|year[- ]on[- ]year|year[- ]over[- ]year)\\s+from\\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|over|more\\s+than)\\s+)?$", OptI)]
    public static partial Regex YearOnYearFrom();

    // Between two flows joined as equals, the second naming its flow and no figure or year: "... $35.46 million whereas import from
    // Thailand was", ", while imports from Uganda were".
    [GeneratedRegex("^\\s*,?\\s*(?:and|while|whereas|but)\\s+(?:[\\w'’.-]+\\s+){0,6}?(?:exports?|imports?|shipments|purchases|sales)\\b[^.;:$€£¥\\d]{0,60}$", OptI)]
    public static partial Regex CoordinatedFlowBetween();

    // A year closing the sentence right after a figure: "... $801.3 million in 2020."
    [GeneratedRegex("^\\s*(?:in|during|for)\\s+(?:the\\s+(?:calendar\\s+)?year\\s+)?(?<y>(?:19|20)\\d\\d)\\s*[.!]?\\s*[\"”]?\\s*$", OptI)]
    public static partial Regex YearClosing();

    // "grew from Kshs 3 billion (USD 37.7 million) in year 2000 to Kshs 11 billion (USD 137 million) indicating a 263% increase in 2010": a
    // movement from a figure of one year to a figure of a later year, the second year anywhere after "to" in the clause.
    [GeneratedRegex("\\bfrom\\s+(?:[^.;]|\\.(?=\\d)){1,80}?\\b(?:19|20)\\d\\d\\b(?:[^.;]|\\.(?=\\d)){0,20}?\\bto\\s+(?:[^.;]|\\.(?=\\d)){1,100}?\\b(?:19|20)\\d\\d\\b", OptI)]
    public static partial Regex MovementAcrossYears();

    // "increased from USD 3 billion in 2015 to USD 4.2 billion in 2024": a movement between two figures, each with its year.
    [GeneratedRegex("\\bfrom\\s+(?:[^.;]|\\.(?=\\d)){1,40}?\\s+in\\s+(?<from>(?:19|20)\\d\\d)\\s+to\\s+(?:[^.;]|\\.(?=\\d)){1,40}?\\s+in\\s+(?<to>(?:19|20)\\d\\d)\\b", OptI)]
    public static partial Regex DatedMovement();

    // "between 2000 and 2010", "from 2000 to 2010": a span of two years written in full.
    [GeneratedRegex("\\b(?:between\\s+(?:the\\s+period\\s+(?:of\\s+)?)?(?<from>(?:19|20)\\d\\d)\\s+(?:and|to)|from\\s+(?<from>(?:19|20)\\d\\d)\\s+(?:to|until|till|through))\\s+(?<to>(?:19|20)\\d\\d)\\b", OptI)]
    public static partial Regex SpanOfTwoYears();

    // "between Angola and the Congo": two sides named (not "between 2000 and 2010", a span of years).
    [GeneratedRegex("\\bbetween\\s+[^,;]{2,60}?(?<!\\b(?:19|20)\\d\\d)\\s+and\\s+", OptI)]
    public static partial Regex BetweenAnd();
}
