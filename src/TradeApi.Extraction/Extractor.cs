using System.Text.RegularExpressions;
using static TradeApi.Extraction.Goals;
using static TradeApi.Extraction.Pairs;
using static TradeApi.Extraction.Years;

namespace TradeApi.Extraction;

/// <summary>Turns a news text into the trade volumes and targets it states, each with the sentence it came from.</summary>
public static class Extractor
{
    /// <summary>Largest figure read as trade, in any currency; larger amounts (and sums of them) are not trade and could not be added safely.</summary>
    public const decimal MaxValue = 1e17m;

    // More than any pair of countries trades in a year, in currencies worth about a dollar or more; and where a pair's figure in them
    // written "d,ddd billion" is read as a decimal comma (a trillion is written as a trillion).
    private const decimal MaxPairVolume = 1.5e12m;
    private const decimal DecimalCommaFrom = 1e12m;
    private static readonly HashSet<string> HardCurrencies = ["USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD", "SAR", "AED", "QAR", "KWD", "JOD", "BHD", "OMR"];

    /// <summary>The country whose government published a text at <paramref name="source"/> (ISO 3166-1 alpha-3), or null for a newspaper,
    /// a bloc or a generic address.</summary>
    public static string? PublisherOf(string? source, Gazetteer? gazetteer = null) => Document.PublisherOf(source, gazetteer ?? Gazetteer.Default);

    /// <summary>The names of a fact's features, in the order of <see cref="VolumeFact.Features"/>: what the confidence model reads.</summary>
    public static IReadOnlyList<string> FeatureNames => Confidence.FeatureNames;

    /// <summary>Longest text the extractor reads; longer input is cut, so one request cannot hold a core for long.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    // What the text has said so far that later sentences lean on.
    private sealed class Context
    {
        // The sentence that last named a pair with a fact: "Exports were $63.8 billion" right after it speaks of that pair.
        public int LastPairAt = -10;
        // The reporter of the last export or import figure: a fact sheet keeps one side's point of view.
        public string? Perspective;
        // The sentence that last gave one country's trade with the world.
        public int WorldAt = -10;
        // The last two-way total read as a fact: a flow of one of its countries below it, right after it, can be a part of it.
        public (decimal Value, string Currency)? LastTotal;
        // The sentence whose years set the year the text speaks of: "the previous year" in the sentence right after it is the year before that.
        public int YearAt = -10;
        // The title is one sector's trade ("U.S. Agricultural Exports to Japan Top $13 Billion"): the text speaks of that sector.
        public bool SectorTitle;
        // Amounts the text has given as one sector's: "Japan imported garments worth $1.340 billion ... Shipments from Bangladesh grew to
        // $1.340 billion" says the same sector's figure again.
        public HashSet<(decimal Value, string Currency)>? SectorAmounts;
        // The sentence that last named a fiscal or budget year: "in the previous year" soon after it is the fiscal year before.
        public int FiscalAt = -10;
        // Whether the text has named a part of a year with its year ("between January and September 2018", "the same period of 2022"):
        // "in the period" may then be that part.
        public bool PartNamed;
        // The last figure read and its sentence: its pair when it was a pair's trade (dated or not), null when it was none (an investment,
        // a deal, a balance, a sector's): "this figure" after it speaks of that.
        public Clause? LastFigurePair;
        public int LastFigureAt = -10;
        public bool LastFigureNotTrade => LastFigureAt >= 0 && LastFigurePair is null;
        // Amounts the text reads as one country's trade with the world or as a part of a year: a title that states one of them again
        // ("Montenegro's Trade with Serbia Tops €3.88 Billion in 2023" over "From January to October, Montenegro's total foreign trade
        // amounted to €3.88 billion") shortened what the body says in full.
        public HashSet<(decimal Value, string Currency)>? BodyNonLevels;
        // The year of a part of a year the title names ("El Salvador experiences 7.5% decline in exports from January to May 2023"): the
        // body's figures of that year are that part's unless they say the whole year.
        public int? TitlePartYear;
    }

    /// <summary>Extracts the facts of one document. The first line is its title; a dateline gives its date unless <paramref name="publishedOn"/> does,
    /// and a date in <paramref name="source"/> ("/2024/06/13/") when neither does;
    /// <paramref name="source"/>, the address it came from, tells whose dollars a bare "$" is.</summary>
    public static ExtractionResult Extract(string? text, DateOnly? publishedOn = null, Gazetteer? gazetteer = null, string? source = null) =>
        Extract(text, publishedOn, gazetteer, source, Confidence.Floor);

    // With a floor of 0, every fact the rules read, whatever the model makes of it: the rules' own tests check readings this way, and the
    // floor apart (a list's third item may be read right and still fall below it).
    internal static ExtractionResult Extract(string? text, DateOnly? publishedOn, Gazetteer? gazetteer, string? source, double floor)
    {
        if (string.IsNullOrWhiteSpace(text)) return ExtractionResult.Empty;
        if (text.Length > MaxLength) text = text[..MaxLength];
        try
        {
            return Run(text, publishedOn, gazetteer ?? Gazetteer.Default, source, floor);
        }
        catch (RegexMatchTimeoutException)
        {
            return ExtractionResult.Empty;
        }
    }

    private static ExtractionResult Run(string text, DateOnly? publishedOn, Gazetteer gazetteer, string? source, double floor)
    {
        var doc = Document.Parse(text, publishedOn, gazetteer, source);
        var people = new Lazy<People>(() => new People(doc, gazetteer), LazyThreadSafetyMode.None);
        var drafts = new List<Draft>();
        int? lastYear = null;
        Clause? lastPair = null;
        var ctx = new Context
        {
            SectorTitle = doc.Sentences.Count > 0 && doc.Sentences[0].Headline && Roles.IsSectorFlow(TitleSubject(doc)),
            TitlePartYear = TitlePartYear(doc),
        };
        foreach (var s in doc.Sentences)
        {
            // "India - Canada. India and Canada's ties grew ... Bilateral trade stood at $7 billion": a sentence without figures that names
            // another two countries than the last fact's changes the pair under discussion.
            // Not one that names them for another reason ("Turkey and China are the only countries at G20 that may end the year with growth").
            if (lastPair is not null && s.Index > ctx.LastPairAt + 1 && doc.Sentences[s.Index - 1] is { } named && named.MoneyTo == named.MoneyFrom
                && FirstTwo(WithoutVenuesOrGroups(doc, doc.CountriesIn(named, named.Start, named.End)), exactlyTwo: true) is (string a, string b)
                && Patterns.RelationWord().IsMatch(doc.Text.AsSpan(named.Start, named.End - named.Start))
                && !((a == lastPair.Reporter && b == lastPair.Partner) || (a == lastPair.Partner && b == lastPair.Reporter)))
                lastPair = new Clause(a, b, Flows.Total);
            ReadSentence(doc, s, people, drafts, ref lastYear, ref lastPair, ctx);
        }
        if (ctx.BodyNonLevels is { } nonLevels)
            drafts.RemoveAll(d => d.Sentence.Headline && d.Volume is { } v && nonLevels.Contains((v.Value, v.Currency)));
        foreach (var d in drafts)
        {
            if (d.Restated is null) continue;
            if (d.Volume is not null) d.Volume = d.Volume with { Restated = d.Restated };
            if (d.Target is not null) d.Target = d.Target with { Restated = d.Restated };
        }
        var volumes = drafts.Where(d => d.Volume is not null).ToList();
        // "If the unregistered transactions are included, then the volume should be more than double", "If we keep the previous target,
        // the country needs to grow ...": what a sentence opening with a condition states is a hypothesis, not a goal.
        var targets = drafts.Where(d => d.Target is not null && !Patterns.ConditionOpening().IsMatch(doc.Text.AsSpan(d.Sentence.Start, Math.Min(12, d.Sentence.End - d.Sentence.Start)))
            && !(d.Target.Kind == "relative" && d.Target.Multiplier is { } multiple && Goals.RestatedForSector(doc, d.Sentence, multiple))).ToList();
        LinkBases(doc, volumes, targets);
        foreach (var d in volumes)
        {
            var features = Confidence.OfVolume(doc, d.Sentence, d.Volume!, d.Figure);
            d.Probability = Confidence.Probability(features);
            d.Volume = d.Volume! with { Confidence = Confidence.Served(d.Probability), Features = features };
        }
        foreach (var d in targets)
        {
            var features = Confidence.OfTarget(doc, d.Sentence, d.Target!, d.Figure);
            d.Probability = Confidence.Probability(features);
            d.Target = d.Target! with { Confidence = Confidence.Served(d.Probability), Features = features };
        }
        // Below the floor a fact is more likely wrong than worth a reviewer's time. The floor applies to the confidence served: a fact
        // shown at 0.05 is not below a floor of 0.05.
        volumes.RemoveAll(d => d.Volume!.Confidence < (decimal)floor);
        targets.RemoveAll(d => d.Target!.Confidence < (decimal)floor);
        return new ExtractionResult(doc.Title, doc.Date, MergeVolumes(volumes), MergeTargets(targets));
    }

    // "In 2017, South African exports were valued at R5.7bn against R22.8bn imports from Nigeria": a year that opens the sentence dates
    // its later figures that name none of their own, even when the figure before them was not read (here it names no partner).
    private static int? OpeningYear(string text, Sentence s) =>
        Patterns.OpeningYear().Match(text, s.Start, Math.Min(40, s.End - s.Start)) is { Success: true } m ? int.Parse(m.Groups["y"].Value) : null;

    // "$773 million and $980 million in 2015 and 2016": a list of figures followed by as many years goes one to one with them. A figure
    // followed by two years or more ("US$980 million between 2016 and 2017", "$1.7 billion during 2015 and 2016") is of a span (a fiscal
    // year, or years taken together), no calendar year's: then listed is true and year null.
    private static bool YearsListedAfter(Document doc, Sentence s, int k, out int? year)
    {
        year = null;
        // The list's end first, and the years after it; the start of the list only once years are found (most figures have neither).
        var last = RunEnd(doc, s, k);
        var end = doc.Monies[last].End;
        var after = doc.Text.AsSpan(end, Math.Min(s.End, end + 60) - end);
        if (!Patterns.YearsListed().IsMatch(after)) return false;
        var first = RunStart(doc, s, k);
        var years = Patterns.YearsListed().Match(after.ToString()).Groups["y"].Captures;
        if (years.Count == last - first + 1) year = int.Parse(years[k - first].ValueSpan);
        return true;
    }

    private static int? MovementOverSpan(Document doc, Sentence s, int k)
    {
        var first = k > s.MoneyFrom && Movement(doc, k - 1, k) ? k - 1 : k + 1 < s.MoneyTo && Movement(doc, k, k + 1) ? k : -1;
        if (first < 0) return null;
        if (SpanOfYears(doc, s) is { } span) return int.Parse(span.Groups[k == first ? "from" : "to"].ValueSpan);
        // "Since 2010, Saudi Arabia's exports to Bahrain have grown from $482 million to $894 million": a movement since a year starts at
        // that year's level; where it ends is not said.
        if (k == first && Patterns.SinceAYear().Match(doc.Text, s.Start, doc.Monies[k].Start - s.Start) is { Success: true } since)
            return int.Parse(since.ValueSpan[^4..]);
        // "Between 2004 and 2012, bilateral trade increased from US$ 1.19 billion to US$ 4 billion. During the period, Brazilian exports to
        // Uruguay grew from US$670 million to US$ 2,19 billion": a movement over the period just named, in the sentence before, has its ends;
        // so has one the sentence says is over the same period after its figures ("Mexican exports to Japan increased from USD 3 billion in
        // 2015 to USD 4.2 billion in 2024 ... Meanwhile, imports rose from USD 17.3 billion to USD 19.2 billion, representing 9.2% of the
        // total during the same period"), the movement before dating each end.
        if (s.Index > 0 && Patterns.PeriodJustNamed().IsMatch(doc.Text.AsSpan(s.Start, s.End - s.Start)) && !Patterns.Year().IsMatch(doc.Text.AsSpan(s.Start, s.End - s.Start)))
        {
            var previous = doc.Sentences[s.Index - 1];
            if ((SpanOfYears(doc, previous) ?? DatedMovement(doc, previous)) is { } before)
                return int.Parse(before.Groups[k == first ? "from" : "to"].ValueSpan);
        }
        // "exports to Russia have increased from US$ 11.6 million in 2001 to US$ 279.91 million in 2013 while ... imports from Russia have
        // increased from US$ 3.7 million to US$ 145.85 million during the same period": so with the movement dated at both ends earlier in
        // the same sentence, when "the same period" closes this one.
        var end = doc.Monies[first + 1].End;
        if (Patterns.PeriodJustNamed().Match(doc.Text, end, Math.Min(s.End, end + 40) - end) is { Success: true }
            && Patterns.DatedMovement().Match(doc.Text, s.Start, doc.Monies[first].Start - s.Start) is { Success: true } earlier)
            return int.Parse(earlier.Groups[k == first ? "from" : "to"].ValueSpan);
        return null;
    }

    // "from $142 million to $336 million": the figure at a, a "from" base (Years.IsFromBase), moves to the one at b.
    private static bool Movement(Document doc, int a, int b)
    {
        var (x, y) = (doc.Monies[a], doc.Monies[b]);
        return x.End <= y.Start && Patterns.MovementJoint().IsMatch(doc.Text.AsSpan(x.End, y.Start - x.End))
            && IsFromBase(doc.Text.AsSpan(Math.Max(0, x.Start - 80), Math.Min(80, x.Start)));
    }

    private static bool VaguePast(ReadOnlySpan<char> near) => Patterns.Has(near, Patterns.VaguePastCue) && Patterns.VaguePast().IsMatch(near);

    // Whether the words before a figure speak of the period the sentence before named as a span of years ("From 2012 to 2017, ... During
    // this period, Qatar's exports", "grew from ... in year 2000 to ... in 2010. Over the same period Kenya exported").
    private static bool PeriodOfSpanJustNamed(Document doc, Sentence s, int figureStart)
    {
        if (s.Index == 0) return false;
        var before = doc.Text.AsSpan(s.Start, figureStart - s.Start);
        return (Patterns.ThisPeriod().IsMatch(before) || Patterns.PeriodJustNamed().IsMatch(before)) && SpansYears(doc, doc.Sentences[s.Index - 1]);
    }

    // Whether a sentence names a span of years, or a movement from one year's figure to another year's (the years the two ends of a period).
    private static bool SpansYears(Document doc, Sentence s) =>
        SpanOfYears(doc, s) is not null
        || (s.MoneyTo - s.MoneyFrom >= 2 && Patterns.MovementAcrossYears().IsMatch(doc.Text.AsSpan(s.Start, s.End - s.Start)));

    private static Match? DatedMovement(Document doc, Sentence s) =>
        Patterns.DatedMovement().Match(doc.Text, s.Start, s.End - s.Start) is { Success: true } movement ? movement : null;

    // "From 2012 to 2017, ...", "between 2012 and 2017": the span of two years a sentence names, or null ("during this period" right after
    // it is that span).
    private static Match? SpanOfYears(Document doc, Sentence s) =>
        Patterns.Has(doc.Text.AsSpan(s.Start, s.End - s.Start), Patterns.SpanCue)
        && Patterns.SpanOfTwoYears().Match(doc.Text, s.Start, s.End - s.Start) is { Success: true } span ? span : null;

    // "Bilateral trade saw an increase in 2013 and 2014, reaching more than 1 billion riyals and 1.5 billion riyals, respectively": a list of
    // figures after as many years listed before it goes one to one with them; after a list of years of another length, no figure of the
    // list is one year's, nor is one figure alone ("In 2013 and 2014, trade totaled 2.5 billion riyals": the two years' sum); then listed
    // is true and year null.
    private static bool YearsListedBefore(Document doc, Sentence s, int k, ref bool? listsYears, out int? year)
    {
        year = null;
        // Most sentences have no list of years, and skip the rest.
        if (!(listsYears ??= Patterns.Has(doc.Text.AsSpan(s.Start, s.End - s.Start), Patterns.YearAfterAndCue))) return false;
        var (first, last) = (RunStart(doc, s, k), RunEnd(doc, s, k));
        var text = doc.Text;
        var from = Math.Max(s.Start, doc.Monies[first].Start - Roles.MaxClause);
        System.Text.RegularExpressions.Match? listed = null;
        for (var m = Patterns.YearsListedBefore().Match(text, from, doc.Monies[first].Start - from); m.Success; m = m.NextMatch()) listed = m;
        if (listed is null) return false;
        var years = listed.Groups["y"].Captures;
        if (years.Count == last - first + 1) year = int.Parse(years[k - first].ValueSpan);
        return true;
    }

    private static void ReadSentence(Document doc, Sentence s, Lazy<People> people, List<Draft> drafts, ref int? lastYear, ref Clause? lastPair, Context ctx)
    {
        var text = doc.Text;
        Clause? prev = null;
        int? sentenceYear = null;
        int? fromYear = null; // the year of the sentence's last "from" figure
        bool? otherCalendar = null; // whether the sentence writes a year of another calendar, read once when a figure needs it
        bool? listsYears = null; // whether the sentence may list years ("in 2013 and 2014"), read once when a figure needs it
        var found = false;
        var absoluteTarget = false;
        int? latestInSentence = null;
        var partialBefore = false;
        var partialSeen = false; // whether a level of the sentence was read as a part of a year
        Role? before = null;
        Draft? lastDraft = null;
        // "The main commodity groups exported by Egypt to China in 2023 included mineral fuels worth $414m; fruits worth $78m": a
        // sentence that opens by listing the main goods has items for figures, none of them the pair's trade.
        var goodsList = s.MoneyTo > s.MoneyFrom && Patterns.GoodsListHead().IsMatch(text.AsSpan(s.Start, Math.Min(300, doc.Monies[s.MoneyFrom].Start - s.Start)));
        for (var i = s.MoneyFrom; i < s.MoneyTo; i++)
        {
            var m = doc.Monies[i];
            var afterFigure = i > s.MoneyFrom;
            var left = afterFigure ? doc.Monies[i - 1].End : s.Start;
            var right = i + 1 < s.MoneyTo ? doc.Monies[i + 1].Start : s.End;
            var L = text.AsSpan(left, m.Start - left);
            var R = text.AsSpan(m.End, right - m.End);
            // "150 billion euros ($163 billion) in 2022": the words after a restatement still speak of this figure.
            if (i + 1 < s.MoneyTo && Roles.IsConversion(text, m, doc.Monies[i + 1]) && !Patterns.Year().IsMatch(R))
            {
                var restatedEnd = doc.Monies[i + 1].End;
                // "from 1.7 billion dirhams, around US$170 million, in 2017": an aside set off by commas closes with one.
                while (restatedEnd < s.End && text[restatedEnd] is ')' or ']' or ',') restatedEnd++;
                var after = i + 2 < s.MoneyTo ? doc.Monies[i + 2].Start : s.End;
                R = text.AsSpan(restatedEnd, Math.Max(0, after - restatedEnd));
                right = after;
            }
            var lNear = NearLeft(L);
            var rNear = NearRight(R);
            // "rising from USD 46.886 million (approximately 114.88bn/-) in 2020": the figure's own clause goes on past an aside in brackets.
            var rOwn = PastAside(R, out var past) ? NearRight(past) : rNear;
            // A figure beyond any economy's is no pair's trade ("$85" with no scale never reaches here: Document drops numbers below any amount).
            if (m.Value > MaxValue) continue;
            // Bounded: a run-on "sentence" of megabytes must not make every figure rescan it.
            var clauseStart = Roles.ClauseStart(text, Math.Max(s.Start, m.Start - Roles.MaxClause), m.Start);
            var clause = text.AsSpan(clauseStart, m.Start - clauseStart);

            // What the figure is comes first: a change, a balance, a sector's figure, a deal or a conversion is never a fact.
            var role = Roles.Early(L, clause, R, rNear, afterFigure, afterFigure && Roles.IsConversion(text, doc.Monies[i - 1], m), before);
            // "Our exports to South Korea totaled $8.4 billion" under a title about agricultural exports: a bare flow is the sector's,
            // unless its clause names the whole ("total", "overall", "goods").
            if (role is null && ctx.SectorTitle && !s.Headline && !Patterns.WholeTradeCue().IsMatch(clause)) role = Role.Sector;
            // "South Africa's imports from China were R84bn, of which R37bn went on machinery": a part of the pair's figure just read is
            // one item of it; not a part named as a flow ("Total goods trade reached $138.8 billion, of which U.S. exports were $13.8
            // billion"), nor a part of a world total ("of which 103.6 billion went to China").
            if (role is null && afterFigure && lastDraft is not null && lastDraft.Figure == i - 1 && Patterns.OfWhichBefore().IsMatch(L)
                && !Patterns.OtherFlowWord().IsMatch(L))
            {
                before = Role.Sector;
                continue;
            }
            if (role == Role.Conversion)
            {
                if (lastDraft is not null && lastDraft.Figure == i - 1) lastDraft.Restated = new Amount(m.Value, m.Currency);
                continue;
            }
            if (role is null && (goodsList || Patterns.CountedItemsWorthBefore().IsMatch(lNear))) role = Role.Sector;
            // A sector's amount said again is that sector's; so is a goal for it ("non-oil trade reached $2.5 billion in 2022 and the UAE
            // hopes to grow this to $10 billion by 2030").
            if (role is null && ((ctx.SectorAmounts?.Contains((m.Value, doc.CurrencyOf(m))) ?? false) || (before == Role.Sector && afterFigure && Patterns.PronounToBefore().IsMatch(L))))
                role = Role.Sector;
            if (role is Role.Balance or Role.Sector or Role.Deal or Role.Average)
            {
                if (role == Role.Sector) (ctx.SectorAmounts ??= []).Add((m.Value, doc.CurrencyOf(m)));
                // "the trade exchange volume ... was only 10 million USD on average in 2003-04. The figure jumped to 100 million USD in 2005":
                // a mean of the trade is still the trade, and the figure pointed back to is the pair's.
                if (role != Role.Average) (ctx.LastFigurePair, ctx.LastFigureAt) = (null, s.Index);
                before = role;
                continue;
            }

            // A country ranked as an exporter or importer states its own flow, whatever bloc the sentence is about.
            var ranked = role is null ? RankedInList(doc, s, m.Start, prev) ?? RankedTrader(doc, s, m.Start, m.End, prev) ?? RankedPartner(doc, s, m.Start, prev) ?? RankedPlace(doc, s, m.Start) ?? ShareOfFlow(doc, s, m.Start, m.End, right) : null;
            if (ranked == UnownedRanking)
            {
                before = null;
                continue;
            }
            // "X became our top destination for exports, with $10 billion" read in a way the market rule cannot resolve: its direction is
            // unknown, and a guessed direction is a wrong fact.
            if (ranked is null && role is null && MarketNounBefore(doc, s, m.Start))
            {
                before = null;
                continue;
            }
            // "estimated at 1.1-1.2 billion USD", "between $1.1 billion and $1.2 billion": the upper end of a range is no level (the lower
            // one, a bare number or read with "between" as a pair's words, makes no fact either).
            if (IsRangeEnd(text, s, m.Start))
            {
                before = null;
                continue;
            }
            // "Its leading exports were cereals ($3.1 billion), vehicles ($1.4 billion)": a figure in brackets after a common noun is one item of a breakdown.
            if (ranked is null && role is null && IsBreakdownItem(doc, s, left, m.Start))
            {
                before = Role.Sector;
                continue;
            }
            // "wants to boost trade with France from 14 billion euros to 20 billion": the words before the base govern the figure after it,
            // also past the base's year ("from USD 78 billion last year to USD 100 billion this year").
            var goalL = L;
            if (afterFigure && Patterns.BaseYearThenTo().IsMatch(L))
            {
                // So do they past a present level put between them: "aim to raise the trade turnover, currently at USD 489 million, to USD 1 billion".
                var baseLeft = BeforeFigureBefore(doc, s, i);
                var beforeBase = text.AsSpan(baseLeft..doc.Monies[i - 1].Start);
                if (IsFromBase(beforeBase) || Patterns.PresentLevelBefore().IsMatch(beforeBase)) goalL = text.AsSpan(baseLeft, m.Start - baseLeft);
            }
            var target = ranked is null && role is null && !IsFromFigure(L) && IsTarget(doc, s, goalL, R, clause, rNear, before == Role.Target);
            // "set the targeted value for three-year bilateral trade from next year to 2023 at US$10 billion": a goal for the trade of several
            // years together is their sum, no year's level aimed at; a figure after it that restates it ("..., or about US$3 billion a
            // year") is the goal.
            if (target && Patterns.SeveralYearsTrade().IsMatch(goalL.Length > Roles.MaxClause ? goalL[^Roles.MaxClause..] : goalL))
            {
                before = Role.Target;
                continue;
            }
            // The flow word nearest the figure, found once: it decides both whether this is trade and which flow.
            var (flowAt, flowLength) = LastFlowWord(L);
            // "Cambodia imported US$6 million worth of goods from Russia, which increased to $9 million in 2008": the flow words before a
            // relative clause that opens on the figure before are that figure's; the figure in the clause goes on with its flow.
            if (flowAt >= 0 && afterFigure && Patterns.RelativeAfterFigure().IsMatch(L)) (flowAt, flowLength) = (-1, 0);
            var referent = false;
            // "Brazil ($41 billion), Chile ($18 billion) and Peru ($9 billion) were its largest partners": a list of partners is trade.
            var partnerList = ranked is null && ListedCountry(doc, s, left, m.Start) is not null
                && (Patterns.PartnersNoun().IsMatch(text.AsSpan(s.Start, s.End - s.Start)) || RankingContinued(doc, s) is not null);
            // "Kenyan exports to the UK stood at Sh38.5 billion in 2017. This is in comparison to Sh37.6 billion in 2013": the base of the
            // figure before, in a sentence of its own, is that figure's pair and flow, in its own year.
            var baseOfBefore = !afterFigure && ranked is null && ctx.LastFigureAt == s.Index - 1 && Patterns.BaseOfFigureBefore().IsMatch(L) ? ctx.LastFigurePair : null;
            if (ranked is null && !partnerList && baseOfBefore is null && !IsTrade(L, R, flowAt, prev is not null, out referent))
            {
                // "The goal was to reach $1 billion": in a text about a pair, a stated level with no other subject is its trade goal.
                // "Our non-oil foreign trade will exceed 2.5 trillion this year... We will achieve the target we announced of reaching 4
                // trillion dirhams by 2031": a goal naming neither trade nor a side, right after a figure of one country's trade with the
                // world, is that trade's goal.
                if (!target || Patterns.NonTrade().IsMatch(L) || Patterns.NonTrade().IsMatch(rNear.Length > 30 ? rNear[..30] : rNear)
                    || (s.Index - ctx.WorldAt <= 1 && ctx.WorldAt > ctx.LastPairAt && doc.CountriesIn(s, clauseStart, m.Start).Length == 0))
                {
                    (ctx.LastFigurePair, ctx.LastFigureAt) = (null, s.Index);
                    before = null;
                    continue;
                }
                referent = true;
            }
            // "The balance of trade has continuously been in favor of Sri Lanka. It stood at USD13.46m in 2014": "It" opening the sentence is
            // the subject of the sentence before, here a balance.
            if (referent && !afterFigure && s.Index > 0 && Patterns.PronounOpening().IsMatch(L)
                && doc.Sentences[s.Index - 1] is var said && Patterns.BalanceSubject().IsMatch(text.AsSpan(said.Start, said.End - said.Start)))
            {
                (ctx.LastFigurePair, ctx.LastFigureAt) = (null, s.Index);
                before = Role.Balance;
                continue;
            }
            // "the level of mutual investments made 13 bln USD. ... hope that in the next 5 years this figure will reach 20 bln USD": the
            // figure pointed back to is no trade, nor is a level or a goal for it.
            if (referent && ctx.LastFigureNotTrade && Patterns.FigurePointer().IsMatch(L))
            {
                before = null;
                continue;
            }
            // A goal for "trade" with no country named is the goal of the pair under discussion: leaders state goals for their own pair.
            var recent = s.Index - ctx.LastPairAt <= 2 ? lastPair : null;
            var world = false;
            var pairOf = ranked ?? baseOfBefore ?? ResolvePair(doc, s, left, m.Start, m.End, right, flowAt, flowLength, prev, lastPair, referent || (target && !Patterns.Has(L, Patterns.BlocCue)),
                recent, ctx.Perspective, s.Index - ctx.WorldAt <= 1, recent is { Flow: Flows.Total } && ctx.LastTotal is { } t && t.Currency == doc.CurrencyOf(m) && t.Value > 0 ? m.Value / t.Value : null,
                out world);
            if (world) ctx.WorldAt = s.Index;
            if (world) (ctx.BodyNonLevels ??= []).Add((m.Value, doc.CurrencyOf(m)));
            // "while her exports to the world grew from USD 4.4 billion in 2016 to USD 5.2 billion": the figure after the world's goes
            // on with the world's trade, not with the pair before it.
            if (pairOf is null) { if (world) prev = null; before = null; continue; }
            prev = pairOf;
            (ctx.LastFigurePair, ctx.LastFigureAt) = (pairOf, s.Index);

            if (role == Role.Change)
            {
                // "between July 2024 and July 2025 Mozambican exports to South Africa increased by R670m (66%) from R1bn to R1.7bn": the part
                // of a year (or the twelve months across two) named before a change is the period of the levels that follow it.
                var changeReported = ReportedPart(lNear);
                if (Patterns.Has(changeReported, Patterns.PartialCue) && Patterns.IsPartialPeriod(changeReported)) partialBefore = true;
                // "increased by $13.3 billion in 2017, from $229.7 billion in 2016 to $243.0 billion": the change names the year of the level that follows.
                if (YearOf(L, R, rNear, doc.Year, sentenceYear, out _) is { } changeYear && !IsFromFigure(L)) sentenceYear = changeYear;
                before = Role.Change;
                continue;
            }

            // "well above the $71.18 billion registered last year" after a figure: the figure measured against, stated as it is.
            var measuredAgainst = afterFigure && Patterns.AboveTheBefore().IsMatch(L.Length > 30 ? L[^30..] : L);
            var qualifier = measuredAgainst ? Qualifiers.Exact : QualifierOf(L, afterFigure ? text.AsSpan(BeforeFigureBefore(doc, s, i)..doc.Monies[i - 1].Start) : default);
            var evidence = EvidenceOf(doc, s, m.Start, m.End);
            var currency = doc.CurrencyOf(m);
            // "two-way trade with Australia from $26 billion", quoted from a New Zealand minister on an Australian page: a speaker whose
            // country trades with the publisher's speaks in their own dollars.
            if (m.Bare && Document.DollarOfCountry(pairOf.Partner) == currency && Document.DollarOfCountry(pairOf.Reporter) is { } speakers
                && Quoted(doc.Text.AsSpan(s.Start, m.Start - s.Start)))
                currency = speakers;

            if (target)
            {
                // "double trade within three years, from current levels of $2.7 billion to about $6 billion": the words before the base speak
                // of the goal too.
                var stated = StatedIn(doc, s) ?? doc.Year;
                var (byYear, horizon) = HorizonOf(R, stated) is { Words: not null } h ? h : HorizonOf(goalL.Length > L.Length ? goalL[Math.Max(0, goalL.Length - 200)..] : lNear, stated);
                drafts.Add(lastDraft = new Draft
                {
                    Sentence = s,
                    Figure = i,
                    // "double bilateral trade to $100 billion by 2015": one goal, a level reached by a multiple.
                    Target = new TargetFact(pairOf.Reporter, pairOf.Partner, pairOf.Flow, "absolute", m.Value, currency, MultipleIn(clause), null, null,
                        byYear, horizon, qualifier, people.Value.SpeakerOf(s), false, evidence),
                });
                lastPair = pairOf;
                ctx.LastPairAt = s.Index;
                found = true;
                absoluteTarget = true;
                before = Role.Target;
                continue;
            }
            // "trade may reach $66 billion in 2017", "trade to hit $80 bln by yearend": what is expected is no level of any year.
            // "is expected to achieve over 3.2 billion USD for the whole year, with Vietnam's exports to Brazil reaching over 1.5 billion USD":
            // a figure in a "with" clause after a forecast is expected too.
            if (IsForecastLevel(L, clause) || (before == Role.Forecast && afterFigure && Patterns.WithParticipleClause().IsMatch(L)))
            {
                before = Role.Forecast;
                continue;
            }
            before = Role.Level;

            var yearLeft = afterFigure ? SkipYearOfFigureBefore(L) : L;
            int? year;
            var partialYear = false;
            var toCome = false; // the figure is a level "by" a year to come: no year carried from elsewhere dates it
            var spanEnds = false; // the figure is one end of a movement over a span of years, and that end's year is its own
            var baseBy = false; // the figure is a base "by" a year ("up from $230 million by the end of 2023"), that year's level
            if (L.TrimEnd().EndsWith('(') && Patterns.YearBracketBefore().Match(L.ToString()) is { Success: true } yb
                && !Patterns.Year().IsMatch(rNear[..Math.Max(0, rNear.IndexOf(')'))]))
                year = int.Parse(yb.Groups["y"].Value);
            // "has grown 43.98 per cent to Sh61.91 billion between 2014 and last year": the level a movement reached over a span is the
            // span's end's (unknown in a text of no date when the end is relative), not a span's sum.
            // (The anchored span pattern first: it fails on the first word after almost every figure.)
            else if (Patterns.SpanEndAfter().IsMatch(rNear) && Patterns.PastMoveBeforeTo().IsMatch(L.Length > 160 ? L[^160..] : L)
                && Patterns.SpanEndAfter().Match(rNear.ToString()) is { Success: true } spanEnd)
                year = spanEnd.Groups["y"].Success ? int.Parse(spanEnd.Groups["y"].Value) : spanEnd.Groups["last"].Success ? doc.Year - 1 : doc.Year;
            // "grew from $142 million to $336 million between 2016 and 2021", "From 2013 to 2018, trade increased from $142 to $336
            // million": the two ends of a movement over a span of two years are the levels of the span's first and last years.
            else if (MovementOverSpan(doc, s, i) is { } spanYear) (year, spanEnds) = (spanYear, true);
            else if (YearsListedAfter(doc, s, i, out var listed))
            {
                year = listed;
                partialYear = listed is null;
            }
            else if (YearsListedBefore(doc, s, i, ref listsYears, out var listedBefore))
            {
                year = listedBefore;
                partialYear = listedBefore is null;
            }
            // A figure "by" a year the text does not know to be past: "grew from $812 million in 2021 to $3.2 billion by 2023" in a text of
            // no date is that year's level (a past movement to it), and so is "reached 300 million dollars (3 billion dirhams) by the end
            // of 2022" (a past verb of a level); "they are projected at $600 million by 2026" is a level to come, of no year (not the year
            // the sentence wrote before it). A year before the text's date is Years.FirstYear's to read.
            else if (rNear.TrimStart().StartsWith("by ", StringComparison.OrdinalIgnoreCase)
                && Patterns.ByYearAfter().Match(rNear.ToString()) is { Success: true } byYear
                && int.Parse(byYear.Groups["y"].Value) is var by && (doc.Year is null || by >= doc.Year)
                // (", growing to €6.3 billion by 2021" goes on with a series: Years.YearOf reads it)
                && !Patterns.SeriesParticiple().IsMatch(yearLeft))
            {
                // So is a base "up from" a level "by" a year: "aim to increase trade to $1 billion, up from just over $230 million by the end of
                // 2023" (not "to raise trade to $1 billion from $230 million by 2030", whose year is the goal's).
                baseBy = IsUpFromBase(L);
                year = Patterns.PastMoveBeforeTo().IsMatch(clause.Length > 200 ? clause[^200..] : clause)
                    || Patterns.PastLevelBefore().IsMatch(L.Length > 60 ? L[^60..] : L) || baseBy ? by : null;
                toCome = year is null;
            }
            else
            {
                // "In 2022, trade reached 14.98 billion euros. It is surpassing the record of the previous year, which was 11 billion": the year
                // before the one the sentence before spoke of.
                // "went down from $554.2 million in 2022 to $444.4 million the following year": the year after the "from" figure's.
                var laterThanFrom = fromYear is not null
                    && Patterns.RelativeYear().Match(rNear.ToString()) is { Success: true } later && later.Groups["later"].Success ? fromYear : null;
                year = YearOf(yearLeft, R, rNear, doc.Year, sentenceYear ?? laterThanFrom ?? (afterFigure ? OpeningYear(text, s) : null), out partialYear, ctx.YearAt == s.Index - 1 ? lastYear : null);
                if (year is null && Patterns.Has(clause, Patterns.SameYearCue) && Patterns.SameYear().IsMatch(clause) && !PeriodOfSpanJustNamed(doc, s, m.Start))
                    year = sentenceYear ?? lastYear;
                // "came to $900 million and $400 million respectively in 2022": the year after a list of figures is each one's.
                if (year is null && Respective(doc, s, m.Start) is { } list)
                    year = FirstYear(text.AsSpan(list.FiguresEnd, Math.Min(s.End, list.FiguresEnd + 40) - list.FiguresEnd), doc.Year, null, fromEnd: false);
                // "Bangladesh's total export to Thailand was only $35.46 million whereas import from Thailand was $801.3 million in 2020": the
                // year that closes a sentence of two flows joined as equals dates both.
                if (year is null && i + 1 < s.MoneyTo && Patterns.CoordinatedFlowBetween().IsMatch(R)
                    && Patterns.YearClosing().Match(text, doc.Monies[i + 1].End, s.End - doc.Monies[i + 1].End) is { Success: true } closing)
                    year = int.Parse(closing.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            }
            var reported = ReportedPart(lNear);
            var nextClause = R.Length > 160 ? R[..160] : R;
            var partial = partialYear || (Patterns.Has(reported, Patterns.PartialCue) && Patterns.IsPartialPeriod(reported))
                || (Patterns.Has(rNear, Patterns.PartialCue) && (Patterns.IsPartialPeriod(rNear) || Patterns.SoFarByMonth().IsMatch(rNear)))
                // "totaling US$22 billion, a 48.4% increase over the same period the previous year": the clause right after the figure
                // compares it with the same months of another year.
                || (nextClause.Contains("same", StringComparison.OrdinalIgnoreCase) && Patterns.SamePeriodInTheNextClause().IsMatch(nextClause));
            if (!partial && s.Headline && Patterns.IsPartialPeriodInTitle(rNear)) partial = true;
            if (!partial && !s.Headline && year is not null && year == ctx.TitlePartYear && !Patterns.WholeYearAfter().IsMatch(rNear)) partial = true;
            // "rising from $542 million in late 2021", "stood at $2 billion in mid-2023": a level at a point within a year is no year's.
            if (!partial && Patterns.PointInAYearAfter().IsMatch(rNear)) partial = true;
            // "in 2024 (January-June)": a year with some of its months in brackets is that part of it.
            if (!partial && year is not null && YearOfBracketedMonths(L, R) == year) partial = true;
            // "knowing that before 2011, it used to reach 2 billion dollars": the years before a year, no calendar year.
            if (!partial && Patterns.Has(clause, Patterns.BeforeCue) && Patterns.BeforeAYear().IsMatch(clause)) partial = true;
            // "in the four quarters to the end of Q4 2023", "in the 12 months to December 2023": a calendar year, however it is put.
            // "... was $120 million in the year to June 2023, and exports were $70 million": a figure with no period of its own shares the
            // partial period of the figure before it in the sentence.
            bool? ownYear = null; // whether the figure's own clause writes a year, read only when a rule below needs it
            if (!partial && partialBefore && !(ownYear ??= HasOwnYear(rOwn, yearLeft, doc.Year))) partial = true;
            // "amounted to $240 million during this period, compared to $210 million a year earlier": the figure a part of a year is compared
            // with is the same part of another year.
            // "in comparison to the USD 1.9 billion seen in 2021" names the figure with its article.
            if (!partial && partialBefore && afterFigure && Patterns.ComparedWith().IsMatch(TrimArticle(L))) partial = true;
            // "... for the first seven months of 2022 reached $1.407 billion, compared to $1.221 billion for all of 2021": a whole year said
            // as one is that year, whatever part of a year the figure is compared with.
            if (partial && Patterns.WholeYearAfter().IsMatch(rNear)) partial = false;
            // "during the 2020/21 budget year ... In the previous year, the neighboring nation was the third-largest importer, buying 298.2
            // million US dollars": a relative year soon after a fiscal year is the fiscal year before, no calendar year; the text stays on
            // fiscal years while it keeps to relative ones.
            if (!partial && s.Index - ctx.FiscalAt <= 3 && (Patterns.RelativeYear().IsMatch(clause) || Patterns.RelativeYear().IsMatch(rNear))
                && !Patterns.Year().IsMatch(clause) && !Patterns.Year().IsMatch(rNear))
            {
                partial = true;
                ctx.FiscalAt = s.Index;
            }
            var calendar = Patterns.CalendarYearSpan().Match(rNear.ToString());
            if (!calendar.Success) calendar = Patterns.CalendarYearSpan().Match(lNear.ToString());
            // "The trade deficit from January to December of 2011 ... even though Indian exports to China went up to $23.4 billion ...
            // compared to the same period in year 2010": a whole year named earlier in the sentence is the period of its later figures, and
            // "the same period" is that of another year; not when they name a part of a year of their own.
            var yearWindow = Math.Max(s.Start, m.Start - Roles.MaxClause);
            if (!calendar.Success && Patterns.Has(text.AsSpan(yearWindow, m.Start - yearWindow), Patterns.DecemberCue)
                && Patterns.CalendarYearSpan().Match(text, yearWindow, m.Start - yearWindow) is { Success: true } whole
                && (year is null || year == int.Parse(whole.Groups["y"].Value))
                && !Patterns.IsPartialPeriod(text[(whole.Index + whole.Length)..m.End].Replace("same period", "same") + rNear.ToString().Replace("same period", "same")))
                calendar = whole;
            if (calendar.Success)
            {
                year = int.Parse(calendar.Groups["y"].Value);
                partial = false;
            }
            // "Exports to China increased to over $21 billion in the year to December" in a text of June 2023: 2022.
            else if (doc.Date is { } published && (Patterns.UndatedYearToDecember().IsMatch(rNear) || Patterns.UndatedYearToDecember().IsMatch(lNear)))
            {
                year = published.Year - 1;
                partial = false;
            }
            // Carry the paragraph's year only when the clause names no year of its own: "last year" in an undated text stays unknown.
            // A ranking speaks of the period the paragraph is about: "Germany (18.2 bn) was also the largest importer", "Brazil ($41 billion) ...
            // were its largest partners".
            // So does a sentence that ranks a partner, whichever side of the figure the rank is on: "With trade of 297.9 billion euros, China
            // was Germany's largest trading partner".
            // Not "with two-way trade valued at $16bn last year" in an undated text: a relative year the text cannot resolve dates nothing.
            if (year is null && (ranked is not null || partnerList || RankingOwner(doc, s, m.Start, m.End) is not null) && !partial
                && !Patterns.RelativeYear().IsMatch(rNear) && !Patterns.RelativeYear().IsMatch(lNear)) year = sentenceYear ?? latestInSentence ?? lastYear;
            // "U.S. exports to Mexico: $256.4 billion" under "U.S. merchandise trade with Mexico, 2019": a label's colon states the level.
            // Not "soared 164 times since 1992 to $80.7 billion": a figure that ends a span from a year is no year the paragraph named.
            // Not "two-way trade has grown nine-fold ... to US$4.3 billion": a level reached by now is no earlier year's.
            // A flow's own verb in the past ("Kenya exported goods worth ...") carries only a year named in the last three sentences: further
            // back, a year may have dated something else ("The target was set in 2017 ... Sri Lanka had exported 185 million US dollars").
            // No year is carried to a level over a span of years either ("led the Eastern Caribbean in exporting goods ... during the period
            // 2000 to 2011 with figures showing that trade was valued at US$115.8 million").
            if (year is null && !partial && !toCome && lastYear is not null && !SumOverSpan(yearLeft)
                && (Patterns.PastVolumeVerb().IsMatch(clause) || L.TrimEnd().EndsWith(':') || (ctx.YearAt >= s.Index - 3 && Patterns.PastFlowVerb().IsMatch(clause)))
                && !Patterns.IsWord().IsMatch(L)
                // "From 2012 to 2017, Qatar enjoyed a favourable trade balance ... During this period, Qatar's exports to Jordan amounted to
                // about 5.35 billion Qatari riyals": the period just named is the span of years, not its last year.
                // So is "the same period" after a movement from one year's figure to another's ("grew from Kshs 3 billion in year 2000 to Kshs
                // 11 billion ... in 2010. Over the same period Kenya exported a total Kshs1.7 billion": the span's sum).
                && !PeriodOfSpanJustNamed(doc, s, m.Start)
                && !Patterns.PresentPerfect().IsMatch(clause)
                && !Patterns.SinceAYear().IsMatch(clause)
                // "Over the years, South Africa imported R35 billion worth of goods", "reached SR1.73 trillion during the past 12 years": a
                // sum over years is no year's (nor its parts after it: "consisting of SR1.2 trillion of Saudi exports").
                && !(Patterns.Has(L, Patterns.LaterStretchCue) && Patterns.LaterStretch().IsMatch(L))
                && !(Patterns.Has(rNear, Patterns.LaterStretchCue) && Patterns.LaterStretch().IsMatch(rNear))
                // "Last year, its exports to Laos were worth US$3.588 billion, while imports were worth US$1.238 billion" in an undated
                // text: a relative year earlier in the sentence dates its later figures too, and dates nothing the text can resolve.
                && !(Patterns.RelativeYear().IsMatch(text.AsSpan(s.Start, m.Start - s.Start)) || Patterns.RelativeYear().IsMatch(rNear))
                // "Meanwhile, in 2020, COVID-19 has also dampened mutual trade ... in 2015-16, for the first time exports from Pakistan to
                // Afghanistan surged to $1.43 billion": a sentence that names a fiscal year before its figure speaks of that year, no other.
                && !Patterns.FiscalYear().IsMatch(text.AsSpan(s.Start, m.Start - s.Start))
                // "In the first six months of this year, two-way trade reached US$276 million, of which Brazil exported goods worth US$175.6
                // million": a part of the figure before is of its period, which the sentence has already said; no earlier year stands in.
                && !(afterFigure && Patterns.OfWhichBefore().IsMatch(L))
                // "Tanzania's exports to Kenya stood at Ush820 billion ... in the period": a sentence about "the period" (not "this period",
                // the one just named) speaks of the period the text reviews, not of the year named last.
                && !Patterns.ThePeriod().IsMatch(text.AsSpan(m.End, Math.Min(s.End, m.End + Roles.MaxClause) - m.End))) year = lastYear;
            // "During the year 1402, the trade volume was about $107 million": a year of another calendar dates the figure, and it is no
            // calendar year.
            if (year is not null && (otherCalendar ??= Patterns.OtherCalendarYear().IsMatch(text.AsSpan(s.Start, s.End - s.Start))) && !(ownYear ??= HasOwnYear(rOwn, yearLeft, doc.Year))) year = null;
            // "Uganda's imports from Rwanda in 2018 were $13,076,000 but also dropped to $3,458,000": the level a flow moved to after "but" is
            // a later one, of no year the sentence named.
            if (year is not null && afterFigure && Patterns.Has(L, Patterns.ButCue) && Patterns.MovedToAfterBut().IsMatch(L) && !(ownYear ??= HasOwnYear(rOwn, yearLeft, doc.Year))) year = null;
            // "New Zealand was exporting more than NZ$11 billion worth of products to China a year": a rate with no year of its own is
            // the current one, not the year the paragraph spoke of. Its own year stands before the rate's words: "Kenya exports Sh. 40
            // billion worth of goods to the UK each year noting that last year ..." speaks of another year after them.
            // "had grown 10-fold to US$1 billion per year in 1994": a year right after the rate's words is the rate's own.
            if (year is not null && FirstMatch(Patterns.PerYearAfter(), rNear) is { Index: >= 0 } rate && !HasOwnYear(rNear[..rate.Index], yearLeft, doc.Year)
                && !Patterns.InYearRightAfter().IsMatch(rNear[(rate.Index + rate.Length)..])) year = null;
            // "from a base of $7 million in 1999, the two countries now trade goods worth about $4 billion": a level of now, with no year of
            // its own on either side ("is currently our 6th largest partner with $112.2 billion ... during 2016" has one), is not the year
            // of the figure before it.
            if (year is not null && Patterns.Has(lNear, Patterns.PresentCue) && Patterns.PresentAdverb().IsMatch(lNear) && !Patterns.Year().IsMatch(lNear) && !Patterns.Year().IsMatch(R)
                && !Patterns.RelativeYear().IsMatch(R) && !Patterns.RelativeYear().IsMatch(lNear)) year = null;
            // "was two billion dollars in 2016, noted with concern that some years back it was about $12 billion", "the $9 billion peak
            // achieved a decade ago": a time left vague dates the figure to no year the sentence or the text named.
            if (year is not null && (VaguePast(lNear) || VaguePast(rNear)) && !Patterns.Year().IsMatch(lNear) && !(ownYear ??= HasOwnYear(rOwn, yearLeft, doc.Year))) year = null;
            // "the bilateral trade in 2022 is approaching EUR 190 million" in a text of December 2022: a level being neared now is no level of
            // a year, neither the one under way nor one the sentences before named.
            if (year is not null && Patterns.NearingNow().IsMatch(lNear)) year = null;
            // "In 2014 trade was $1.2 million, and over the past three years this figure has increased to $9.6 million": a level reached in the
            // years since, with no year of its own, is not the year of the figure before it.
            if (year is not null && Patterns.Has(L, Patterns.LaterStretchCue) && Patterns.LaterStretch().IsMatch(L) && Patterns.PresentPerfect().IsMatch(L) && !(ownYear ??= HasOwnYear(rOwn, yearLeft, doc.Year))) year = null;
            // "entered into force in 2007 with bilateral trade volumes of $1.6 billion and reached $10 billion after 15 years": a level reached
            // years after the year spoken of is not of that year.
            if (year is not null && Patterns.Has(rNear, Patterns.LaterStretchCue) && Patterns.YearsLaterAfter().IsMatch(rNear) && !(ownYear ??= HasOwnYear(rOwn, yearLeft, doc.Year))) year = null;
            // "increased by 14.1% to N$8.6 billion from N$7.6 billion recorded in 2020": the end of a movement whose start is dated right
            // after it is later than that year, so it takes none (read from the start, or carried from the sentences before); a year of
            // its own ("to N$8.6 billion in 2021 from") is another one.
            if (year is not null && i + 1 < s.MoneyTo && StartDatedAfter(text, m, doc.Monies[i + 1]) == year) year = null;
            // "rose to USD 84.44 billion in 2017, well above the USD 71.18 billion registered last year": a figure compared with one of the
            // very year its "last year" names (the year of the level before it in the sentence) is of the year before that one (the writer
            // counts from the year spoken of).
            if (year is not null && afterFigure && sentenceYear == year
                && (measuredAgainst || Patterns.ComparedWith().IsMatch(L)) && Patterns.RelativeYear().IsMatch(rNear)) year--;
            // "Turkish imports from Russia in March 2019 decreased by 5.76 percent ..., and amounted to $2.069 billion": a figure with no
            // year of its own in a clause about a month or a quarter is that period's.
            // Not "In August, the media reported that Brunei was Malaysia's sixth largest trading partner in 2023, with a total trade of
            // US$2.04 billion": the month before "reported that" is when it was said, and the report names its own year.
            if (!partial && !calendar.Success && year is not null && Patterns.Has(L, Patterns.SubYearCue) && !(ownYear ??= HasOwnYear(rOwn, yearLeft, doc.Year))
                && Patterns.IsPartialPeriod(L.Length > Roles.MaxClause ? L[^Roles.MaxClause..] : L) && !SaidAtAMonthOfAYear(L))
                partial = true;
            // "exports increased from $5 billion to $6 billion", "declined to $3.72 billion, compared to $3.74 billion": a base with no year
            // of its own is some earlier period's; "up from $6.7 billion a year earlier" names its year from the one just named.
            // Not "exports were valued at R5.7bn against R22.8bn imports": a figure that names its own flow is compared with no base.
            if (year is not null && !spanEnds && !baseBy && (IsFromBase(L) || (afterFigure && Patterns.ComparedToBefore().IsMatch(L.Length > 30 ? L[^30..] : L) && !Patterns.FlowNounFirst().IsMatch(rNear)))
                && !(ownYear ??= HasOwnYear(rOwn, yearLeft, doc.Year)) && !Patterns.YearBeforeNamed().IsMatch(rNear))
                // "has increased 13 percent annually between 2000 and 2010, jumping to $1.46 billion from $414 million": the base of a change
                // over a span of years, measured against the span's last year, is the span's first year's.
                // "amounted to $4.7 billion in 2021, increasing by 5.1% YoY from $4.5 billion": a base a year-on-year change starts from is
                // the year before's.
                year = latestInSentence is { } to && Patterns.Has(text.AsSpan(s.Start, m.Start - s.Start), Patterns.SpanCue)
                       && Patterns.SpanOfTwoYears().Match(text, s.Start, m.Start - s.Start) is { Success: true } years && int.Parse(years.Groups["to"].ValueSpan) == to
                    ? int.Parse(years.Groups["from"].ValueSpan)
                    : Patterns.YearOnYearFrom().IsMatch(L.Length > 40 ? L[^40..] : L) ? year - 1 : null;
            // "reached $13.7 billion in 2023. The exports totaled $2.4 billion, and imports $11.2 billion during this period": after a whole
            // year's fact, and no part of a year before it in this sentence, the period just named is that year.
            // In a text that has named no part of a year, that period is the year of the fact before ("amounted to almost $2.5 bln in 2023.
            // ... Exports amounted to around $657 mln in the period").
            if (partial && Patterns.ThisPeriod().IsMatch(rNear) && !partialBefore && drafts.Count > 0 && drafts[^1] is { Volume: { } previous })
            {
                partial = false;
                if (year is null && !ctx.PartNamed) year = previous.Year;
            }
            partialBefore = partial;
            partialSeen |= partial;
            if (partial) (ctx.BodyNonLevels ??= []).Add((m.Value, currency));
            if (partial || year is null) continue;
            // A year's level is published after the year: "reaching $1 billion in 2022" in a text of 6 December 2022 is the year so far.
            if (doc.Date is { } date && year >= date.Year) continue;
            // A "from" figure names its own year; it does not set the year of the figures after it.
            var fromFigure = IsFromFigure(L);
            // Nor does a level its year names: "in 2011 surpassed the 2007 high of US$30 billion to reach US$32.254 billion" goes on with
            // the year written before that level.
            if (!fromFigure && !InBracket(L))
            {
                sentenceYear = year;
                var ownedTail = L.Length > 80 ? L[^80..] : L;
                if (FirstMatch(Patterns.YearOwnedLevelBefore(), ownedTail) is { Index: >= 0 } owned)
                    sentenceYear = FirstYear(L[..(L.Length - ownedTail.Length + owned.Index)], doc.Year, null, fromEnd: true);
            }
            else if (fromFigure) fromYear = year;
            // Nor does the start of a movement over a span set the year of the sentences after it ("Since 2010, exports have grown from
            // $482 million to $894 million. During the same period, ..." speaks of the span's end).
            if (!(fromFigure && spanEnds)) latestInSentence = Math.Max(latestInSentence ?? year.Value, year.Value);
            lastPair = pairOf;
            ctx.LastPairAt = s.Index;
            if (pairOf.Flow == Flows.Total) ctx.LastTotal = (m.Value, currency);
            if (pairOf.Flow != Flows.Total) ctx.Perspective = pairOf.Reporter;
            // "Colombia is our 22nd largest goods trading partner with $28.9 billion ...": a publisher speaking of its partner in its own
            // voice (outside any quotation) reports from its own side, so "Goods exports totaled $15.0 billion" after it is its exports.
            else if (ctx.Perspective is null && doc.Publisher is { } own && (own == pairOf.Reporter || own == pairOf.Partner)
                     && Patterns.OwnVoice().IsMatch(L) && text.AsSpan(s.Start, s.End - s.Start).IndexOfAny(QuoteMarks) < 0)
                ctx.Perspective = own;
            // No two countries trade 1.5 trillion dollars, euros or pounds a year, and a trillion is written so: "US$ 1,345 billion" beside
            // "20,5%" is 1.345 billion written with a decimal comma; any other figure beyond it is misread and dropped.
            var value = m.Value;
            if (value >= DecimalCommaFrom && HardCurrencies.Contains(currency))
            {
                if (Patterns.DecimalCommaThousand().IsMatch(text.AsSpan(m.Start, m.End - m.Start))) value /= 1000;
                else if (value >= MaxPairVolume) continue;
            }
            // "The bilateral trade in 2017 rose to USD 84.44 billion. ... for the first time touched USD 80 billion": a mark passed below a level
            // just stated for the same trade and year is that level's milestone, not another level.
            if (IsMilestoneOf(drafts, s, pairOf, year.Value, value, currency) && (qualifier == Qualifiers.MoreThan || Patterns.FirstTime().IsMatch(L))) continue;
            found = true;
            drafts.Add(lastDraft = new Draft
            {
                Sentence = s,
                Figure = i,
                Volume = new VolumeFact(pairOf.Reporter, pairOf.Partner, pairOf.Flow, year.Value, value, currency, qualifier, evidence,
                    Coverage: CoverageOf(clause, rNear) ?? ElidedCoverage(doc, s, clauseStart, m.Start, drafts)),
            });
        }

        var span = text.AsSpan(s.Start, s.End - s.Start);
        // The year the next sentences speak of: the latest this one names ("fell to $11.7 billion in 2023 from $12.3 billion in 2022" is about 2023).
        // Not a base's: "This is a seven per cent growth from a total of Sh596.6 billion realised in 2019" speaks of the year before's figure.
        var onlyBases = OnlyBases(doc, s);
        var partNamed = false;
        if (!onlyBases && !s.Headline && LatestYear(span, doc.Year, out partNamed) is { } spoken) latestInSentence = Math.Max(latestInSentence ?? spoken, spoken);
        if (partNamed) ctx.PartNamed = true;
        // "Egyptian exports to Greece stood at $1 billion for the first 11 months of 2024, down from $1.3 billion in 2023": a sentence with a
        // level of a part of a year has brought the text to that part, whatever year its bases or other figures name; the sentences after it
        // carry no year.
        if (partialSeen) lastYear = null;
        else if (latestInSentence is not null && !onlyBases)
        {
            lastYear = latestInSentence;
            ctx.YearAt = s.Index;
        }
        // "... in the 12 months to the end of April 2022 was £1364 billion": the text has moved to a period that is no calendar year,
        // so the sentences after it carry no year from before.
        // "Trade with Israel did not slow down in March": so does a month named without its year.
        else if (NamesRollingPeriod(span) || Patterns.UndatedMonth().IsMatch(span)) lastYear = null;
        if (Patterns.FiscalYear().IsMatch(span) || Patterns.FiscalWords().IsMatch(span)
            || (Patterns.Has(span, Patterns.OtherCalendarCue) && Patterns.OtherCalendarWords().IsMatch(span))) ctx.FiscalAt = s.Index;
        // A multiple ("double it", "increase by 50 percent") may share a sentence with the figure it multiplies, but not with
        // an absolute target: "plans to double trade to $10 billion" states one goal, the $10 billion.
        if (!absoluteTarget && RelativeTarget(doc, s, span, lastPair, people, worldFigureLast: ctx.WorldAt > ctx.LastPairAt) is { } rel)
        {
            drafts.Add(new Draft { Sentence = s, Target = rel });
            lastPair = new Clause(rel.Reporter, rel.Partner, rel.Flow);
        }
        else if (!found && s.MoneyFrom == s.MoneyTo)
        {
            var goalWord = Patterns.GoalWord().IsMatch(span);
            if (goalWord && !Patterns.ReachedWord().IsMatch(span) && HorizonOf(span, doc.Year) is { ByYear: { } by, Words: { } words }
                && OneClause(span, Patterns.GoalWord().Match(span.ToString()).Index, span.IndexOf(words, StringComparison.Ordinal)))
            {
                // "... the goal of bringing trade to $200 billion ... will be achieved. Moscow and Beijing have set the task of achieving the
                // goal by 2024.": a goal restated without its figure gives the deadline the goal before it lacked.
                if (drafts.LastOrDefault(d => d.Target is not null && s.Index - d.Sentence.Index <= 2) is { Target: { ByYear: null, Horizon: null } open } draft)
                    draft.Target = open with { ByYear = by, Horizon = words };
            }
            else if (goalWord && Patterns.ReachedWord().IsMatch(span))
            {
                var last = drafts.LastOrDefault(d => d.Volume is not null && s.Index - d.Sentence.Index <= 2)?.Volume;
                if (last is not null)
                    drafts.Add(new Draft
                    {
                        Sentence = s,
                        Target = new TargetFact(last.Reporter, last.Partner, last.Flow, "absolute", last.Value, last.Currency, null, last.Value, last.Year,
                            null, null, Qualifiers.Exact, people.Value.SpeakerOf(s), true, EvidenceOf(doc, s)),
                    });
            }
        }
    }

    // A year written in the figure's own clause, right before or after it.
    private static ReadOnlySpan<char> TrimArticle(ReadOnlySpan<char> l)
    {
        var t = l.TrimEnd();
        return t.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? t[..^3] : l;
    }

    private static bool IsMilestoneOf(List<Draft> drafts, Sentence s, Clause pair, int year, decimal value, string currency)
    {
        for (var d = drafts.Count - 1; d >= 0 && drafts[d].Sentence.Index >= s.Index - 1; d--)
            if (drafts[d].Volume is { } v && v.Year == year && v.Flow == pair.Flow && v.Currency == currency && v.Value > value
                && ((v.Reporter == pair.Reporter && v.Partner == pair.Partner) || (v.Flow == Flows.Total && v.Reporter == pair.Partner && v.Partner == pair.Reporter)))
                return true;
        return false;
    }

    private static (int Index, int Length) FirstMatch(System.Text.RegularExpressions.Regex pattern, ReadOnlySpan<char> span)
    {
        foreach (var m in pattern.EnumerateMatches(span)) return (m.Index, m.Length);
        return (-1, 0);
    }

    private static bool HasOwnYear(ReadOnlySpan<char> rightNear, ReadOnlySpan<char> left, int? docYear) =>
        FirstYear(rightNear, docYear, null, fromEnd: false) is not null || FirstYear(NearLeft(left), docYear, null, fromEnd: true) is not null;

    private static bool IsForecastLevel(ReadOnlySpan<char> l, ReadOnlySpan<char> clause)
    {
        var tail = l.Length > 100 ? l[^100..] : l;
        if (Patterns.Has(tail, Patterns.ForecastCue) && Patterns.ForecastNounBefore().IsMatch(tail)) return true;
        // "We expect a slight decline in exports to the Congo DR in 2015 to just around US$700 million": a present verb of expecting governs
        // the figure unless a verb of a level comes between ("As analysts forecast, exports reached").
        // (Read right to left, the first match is the last verb before the figure.)
        if (Patterns.Has(tail, Patterns.ForecastCue) && FirstMatch(Patterns.ExpectingVerb(), tail) is { Index: >= 0 } expecting
            && !Patterns.PastVolumeVerb().IsMatch(tail[expecting.Index..])) return true;
        // The modal governs the figure unless a finite verb or a new clause comes between: "the report will show that trade reached $5 billion"
        // (read from the modal on: "could hit $2.5 billion" is no past "hit").
        if (Patterns.Has(tail, Patterns.ModalCue) && Patterns.ModalBeforeFigure().IsMatch(tail)
            && Patterns.ModalBeforeFigure().Match(tail.ToString()) is { Success: true } modal && !Patterns.PastVolumeVerb().IsMatch(tail[modal.Index..])
            && !Patterns.NewClauseWord().IsMatch(modal.Groups["between"].ValueSpan)) return true;
        // "If annualised, this would suggest a 2023 total trade turnover between Russia and Vietnam of just over US$3 billion": what a
        // reckoning would suggest, however far before the figure, is no level either.
        if (Patterns.Has(tail, Patterns.ModalCue) && FirstMatch(Patterns.WouldImplyBefore(), tail) is { Index: >= 0 } implied
            && !Patterns.PastVolumeVerb().IsMatch(tail[implied.Index..])) return true;
        if (!tail.Contains(" to ", StringComparison.OrdinalIgnoreCase)) return false;
        if (Patterns.Has(tail, Patterns.ForecastInfinitiveCue) && Patterns.ForecastInfinitive().IsMatch(tail)) return true;
        var near = tail.Length > 40 ? tail[^40..] : tail;
        if (!Patterns.Has(near, Patterns.InfinitiveGoalCue)) return false;
        var c = clause.Length > 160 ? clause[^160..] : clause;
        return Patterns.FlowToInfinitive().Match(c.ToString()) is { Success: true } m && !Patterns.PastVolumeVerb().IsMatch(m.Groups["before"].ValueSpan);
    }

    // The year written right after the start of a movement that follows its end ("to N$8.6 billion from N$7.6 billion recorded in 2020"):
    // 2020; null when the next figure is no "from" start or names no year right after it.
    private static int? StartDatedAfter(string text, MoneyMention end, MoneyMention start)
    {
        if (!Patterns.FromBetween().IsMatch(text.AsSpan(end.End, start.Start - end.End))) return null;
        var after = Patterns.YearRightAfterStart().Match(text, start.End, Math.Min(text.Length, start.End + 40) - start.End);
        return after.Success ? int.Parse(after.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool IsRangeEnd(string text, Sentence s, int start)
    {
        var from = Math.Max(s.Start, start - 60);
        return Patterns.RangeBefore().IsMatch(text.AsSpan(from, start - from));
    }

    // What is reported after "said ... that": the clause of the figure without the time of the saying.
    private static ReadOnlySpan<char> ReportedPart(ReadOnlySpan<char> l)
    {
        if (!Patterns.Has(l, Patterns.SayCue)) return l;
        foreach (var m in Patterns.SaidThat().EnumerateMatches(l)) return l[(m.Index + m.Length)..];
        return l;
    }

    // "In August, the media reported that ... in 2023, with": a part of a year only before the words of saying (what is said names
    // none), and a year in what is said.
    private static bool SaidAtAMonthOfAYear(ReadOnlySpan<char> l)
    {
        var reported = ReportedPart(l);
        return Patterns.Year().IsMatch(reported) && !Patterns.IsPartialPeriod(reported);
    }

    // "in 2024 (January-June)" right after the figure, "In 2024 (Jan-Sep), trade ..." before it: the year whose months in brackets make a
    // part of it.
    private static int? YearOfBracketedMonths(ReadOnlySpan<char> l, ReadOnlySpan<char> r) =>
        FirstYearWithMonthsInBrackets(r.Length > 40 ? r[..40] : r) ?? FirstYearWithMonthsInBrackets(l.Length > Roles.MaxClause ? l[^Roles.MaxClause..] : l);

    // The pattern's match starts with its year: read on the span, with no string made for it.
    private static int? FirstYearWithMonthsInBrackets(ReadOnlySpan<char> span)
    {
        if (span.Contains('('))
            foreach (var m in Patterns.YearWithMonthsInBrackets().EnumerateMatches(span))
                return int.Parse(span.Slice(m.Index, 4));
        return null;
    }

    internal static ReadOnlySpan<char> NearLeft(ReadOnlySpan<char> l)
    {
        var cut = l.LastIndexOfAny(",;:(");
        var w = l.LastIndexOf(" while ");
        var b = Math.Max(cut, w);
        return b >= 0 ? l[(b + 1)..] : l;
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”«»");

    // Whether a quotation opened before the end of this stretch is still open there: a “ not closed, or an odd number of straight quotes.
    private static bool Quoted(ReadOnlySpan<char> before)
    {
        var open = before.LastIndexOf('“');
        if (open >= 0) return before[open..].IndexOf('”') < 0;
        return before.Count('"') % 2 == 1;
    }

    internal static ReadOnlySpan<char> NearRight(ReadOnlySpan<char> r)
    {
        var cut = r.IndexOfAny(",;(");
        var w = r.IndexOf(" while ");
        if (cut < 0 || (w >= 0 && w < cut)) cut = w;
        // "reached the level of US$1.2 billion and in the first eight months of 2019 it amounted to": a period after "and" opens the next
        // clause.
        var and = r.IndexOf(" and ");
        if (and >= 0 && (cut < 0 || and < cut) && r[(and + 5)..] is var next
            && (next.StartsWith("in ", StringComparison.Ordinal) || next.StartsWith("during ", StringComparison.Ordinal) || next.StartsWith("over ", StringComparison.Ordinal)))
            cut = and;
        return cut >= 0 ? r[..cut] : r;
    }

    // "goods and services trade totaled $96 billion; goods trade $71 billion": two facts of different coverage. Official customs
    // figures are goods only, so a comparison needs to know which; a text that says neither leaves it unknown.
    private static string? CoverageOf(ReadOnlySpan<char> clause, ReadOnlySpan<char> rightNear)
    {
        foreach (var part in (ReadOnlySpan<string>)[clause.ToString(), rightNear.ToString()])
        {
            if (Patterns.GoodsAndServices().IsMatch(part)) return Coverages.GoodsAndServices;
            if (Patterns.GoodsOnly().IsMatch(part)) return Coverages.Goods;
        }
        return null;
    }

    // "U.S. goods and services trade with Peru totaled $20 billion. Exports were $11.8 billion": an elliptic clause right after a fact
    // counts what that fact counted.
    private static string? ElidedCoverage(Document doc, Sentence s, int clauseStart, int figureStart, List<Draft> drafts)
    {
        if (doc.CountriesIn(s, clauseStart, figureStart).Length > 0) return null;
        for (var i = drafts.Count - 1; i >= 0; i--)
            if (drafts[i].Volume is { } v) return s.Index - drafts[i].Sentence.Index <= 1 ? v.Coverage : null;
        return null;
    }

    // Where the words before the figure before figure i start: at the figure before that, or at the sentence's start.
    private static int BeforeFigureBefore(Document doc, Sentence s, int i) => i - 1 > s.MoneyFrom ? doc.Monies[i - 2].End : s.Start;

    // beforeFigureBefore: the words before the figure before, if any; read only for "up to", which after the base of a change ("from $159
    // million in 2017 up to $274 million") names its other end.
    private static string QualifierOf(ReadOnlySpan<char> l, ReadOnlySpan<char> beforeFigureBefore)
    {
        var tail = l.Length > 40 ? l[^40..] : l;
        var m = Patterns.QualifierBefore().Match(tail.ToString());
        if (!m.Success) return Qualifiers.Exact;
        var q = Spaced(m.Groups["q"].Value);
        // "bring it up to the $7-billion mark" is a phrasal verb, not a ceiling; "from $159 million up to $274 million" names the end of a change.
        if (q == "up to" && (IsFromBase(beforeFigureBefore) || Patterns.PhrasalUp().IsMatch(tail[..m.Index].ToString()))) return Qualifiers.Exact;
        return q switch
        {
            // "totaled an estimated $144.6 billion" reports a precise statistic whose status is provisional, not a rounded one.
            "estimated" or "an estimated" => Qualifiers.Exact,
            "just under" or "just below" or "under" or "below" or "less than" or "fewer than" or "short of" => Qualifiers.LessThan,
            "at least" or "no less than" or "not less than" or "a minimum of" or "minimum of" => Qualifiers.AtLeast,
            "up to" or "at most" or "no more than" or "not more than" or "a maximum of" or "maximum of" => Qualifiers.AtMost,
            "just over" or "just above" or "over" or "more than" or "above" or "in excess of" or "upwards of" or "exceeded" or "exceeding" or "exceeds"
                or "exceed" or "surpassed" or "surpassing" or "surpasses" or "surpass" or "topped" or "topping" or "tops" or "top" or "passed" or "passing"
                or "passes" or "pass" or "crossed" or "crossing" or "crosses" or "beyond" => Qualifiers.MoreThan,
            _ => Qualifiers.Approximately,
        };
    }

    // Lower case with single spaces: "More  than" -> "more than".
    internal static string Spaced(string words)
    {
        var lower = words.ToLowerInvariant();
        return lower.Contains("  ") || lower.AsSpan().IndexOfAny("\t\n\r") >= 0 ? string.Join(' ', lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : lower;
    }

    /// <summary>Longest evidence quote; a "sentence" longer than this is not prose, so the clause around the figure stands in.</summary>
    public const int MaxEvidenceLength = 1000;

    internal static Evidence EvidenceOf(Document doc, Sentence s, int focusStart = -1, int focusEnd = -1)
    {
        if (s.End - s.Start <= MaxEvidenceLength || focusStart < 0) return s.Quote ??= new Evidence(s.Start, s.End, doc.Text[s.Start..s.End]);
        var start = Math.Max(s.Start, focusStart - MaxEvidenceLength / 2);
        var end = Math.Min(s.End, Math.Max(focusEnd, start + MaxEvidenceLength));
        return new Evidence(start, end, doc.Text[start..end]);
    }

    internal static bool Close(decimal? a, decimal? b) =>
        a is not null && b is not null && Math.Abs(a.Value - b.Value) <= 0.005m * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));

    // Body facts first, so a headline that restates the body adds nothing; keyed, so a huge document stays linear.
    private static List<VolumeFact> MergeVolumes(List<Draft> drafts)
    {
        var seen = new HashSet<(string, int, string, decimal)>();
        var result = new List<VolumeFact>();
        foreach (var v in drafts.OrderBy(d => d.Sentence.Headline).Select(d => d.Volume!))
            if (seen.Add((PairKey(v.Reporter, v.Partner, v.Flow), v.Year, v.Currency, decimal.Round(v.Value, 0)))) result.Add(v);
        // "trade topped USD 50 billion in 2025" beside "trade in 2025 reached more than USD 51.43 billion": a round bound that a more precise
        // figure of the same flow and year meets is that figure restated, one fact.
        if (result.Count > 1)
        {
            var byKey = result.ToLookup(v => (PairKey(v.Reporter, v.Partner, v.Flow), v.Year, v.Currency));
            result.RemoveAll(v => v.Qualifier != Qualifiers.Exact
                && byKey[(PairKey(v.Reporter, v.Partner, v.Flow), v.Year, v.Currency)].Any(e => Digits(e.Value) > Digits(v.Value) && Rounds(v, e.Value)));
            // "The US was Ireland's largest export market last year, accounting for €54 billion ... Ireland exported more than €196 billion
            // worth of goods in 2023": a text gives a pair one value for a flow and a year. Of two that are no rounding of each other, a
            // figure whose sentence names one side only took its pair from the context, and the one whose sentence names both stands
            // (goods beside goods and services are two figures; two figures that both took their pair from the context are left as read).
            result.RemoveAll(v => v.Features is [0, ..]
                && byKey[(PairKey(v.Reporter, v.Partner, v.Flow), v.Year, v.Currency)].Any(e => e.Features is [1, ..]
                    && (e.Coverage is null || v.Coverage is null || e.Coverage == v.Coverage) && !Rounds(e with { Qualifier = Qualifiers.Approximately }, v.Value)));
        }
        return result.OrderBy(v => v.Evidence.Start).ToList();
    }

    // Significant digits of an amount: 50 000 000 000 has one, 51 430 000 000 four.
    private static int Digits(decimal value)
    {
        var digits = decimal.Truncate(value).ToString(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
        return digits.Length;
    }

    // Whether a qualified figure is a rounding of a more precise one: "more than 50" of 51.4, "about 43" of 42.7, "nearly 50" of 49.6.
    private static bool Rounds(VolumeFact rounded, decimal exact) => rounded.Qualifier switch
    {
        Qualifiers.MoreThan or Qualifiers.AtLeast => exact >= rounded.Value && exact <= rounded.Value * 1.1m,
        Qualifiers.LessThan or Qualifiers.AtMost => exact <= rounded.Value && exact >= rounded.Value * 0.9m,
        _ => Math.Abs(exact - rounded.Value) <= rounded.Value * 0.05m,
    };

    // The one year of a title that names a part of it ("from January to May 2023", "in the first five months of 2023"); null for a title
    // with no part of a year or with two years.
    private static int? TitlePartYear(Document doc)
    {
        if (doc.Sentences.Count == 0 || !doc.Sentences[0].Headline) return null;
        var title = doc.Text.AsSpan(doc.Sentences[0].Start, doc.Sentences[0].End - doc.Sentences[0].Start);
        if (!Patterns.IsPartialPeriodInTitle(title) && !(Patterns.Has(title, Patterns.PartialCue) && Patterns.IsPartialPeriod(title))) return null;
        var years = Patterns.Year().Matches(title.ToString());
        return years.Count == 1 ? int.Parse(years[0].Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    // A title up to the cause of what it reports: in "Poland's trade balance with Ukraine surged to a record €7.1 billion on the back of
    // supplies of military goods and fuel" the goods are why it surged, not what the text is about.
    private static ReadOnlySpan<char> TitleSubject(Document doc)
    {
        var title = doc.Text.AsSpan(doc.Sentences[0].Start, doc.Sentences[0].End - doc.Sentences[0].Start);
        return Patterns.CauseWords().Match(title.ToString()) is { Success: true } cause ? title[..cause.Index] : title;
    }

    // Whether every figure of a sentence is a base a change starts from ("growth from a total of Sh596.6 billion realised in 2019").
    private static bool OnlyBases(Document doc, Sentence s)
    {
        if (s.MoneyTo == s.MoneyFrom) return false;
        for (var i = s.MoneyFrom; i < s.MoneyTo; i++)
        {
            var left = i > s.MoneyFrom ? doc.Monies[i - 1].End : s.Start;
            if (!IsFromBase(doc.Text.AsSpan(left, doc.Monies[i].Start - left))) return false;
        }
        return true;
    }

    // "The goal is realistic: trade continues to grow in 2019": a year across a colon or semicolon from the goal word dates what that
    // clause speaks of, not the goal.
    private static bool OneClause(ReadOnlySpan<char> span, int a, int b)
    {
        if (a < 0 || b < 0) return false;
        var (from, to) = a < b ? (a, b) : (b, a);
        return span[from..to].IndexOfAny(':', ';') < 0;
    }
}

// A fact on its way out of a sentence: the sentence and figure it came from, the fact, and what the confidence model made of it.
internal sealed class Draft
{
    public required Sentence Sentence { get; init; }
    public int Figure { get; init; } = -1;
    public Amount? Restated { get; set; }
    public VolumeFact? Volume { get; set; }
    public TargetFact? Target { get; set; }
    public double Probability { get; set; }
}
