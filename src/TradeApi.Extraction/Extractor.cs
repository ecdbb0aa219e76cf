using System.Text.RegularExpressions;

namespace TradeApi.Extraction;

/// <summary>Turns a news text into the trade volumes and targets it states, each with the sentence it came from.</summary>
public static class Extractor
{
    /// <summary>Largest figure read as trade, in any currency; larger amounts (and sums of them) are not trade and could not be added safely.</summary>
    public const decimal MaxValue = 1e17m;

    /// <summary>The country whose government published a text at <paramref name="source"/> (ISO 3166-1 alpha-3), or null for a newspaper,
    /// a bloc or a generic address.</summary>
    public static string? PublisherOf(string? source, Gazetteer? gazetteer = null) => Document.PublisherOf(source, gazetteer ?? Gazetteer.Default);

    /// <summary>The names of a fact's features, in the order of <see cref="VolumeFact.Features"/>: what the confidence model reads.</summary>
    public static IReadOnlyList<string> FeatureNames => Confidence.FeatureNames;

    /// <summary>Longest text the extractor reads; longer input is cut, so one request cannot hold a core for long.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    private sealed record Clause(string Reporter, string Partner, string Flow);

    // What the text has said so far that later sentences lean on.
    private sealed class Context
    {
        // The sentence that last named a pair with a fact: "Exports were $63.8 billion" right after it speaks of that pair.
        public int LastPairAt = -10;
        // The reporter of the last export or import figure: a fact sheet keeps one side's point of view.
        public string? Perspective;
    }

    private sealed class Draft
    {
        public required Sentence Sentence { get; init; }
        public int Figure { get; init; } = -1;
        public Amount? Restated { get; set; }
        public VolumeFact? Volume { get; set; }
        public TargetFact? Target { get; set; }
        public double Probability { get; set; }
    }

    /// <summary>Extracts the facts of one document. The first line is its title; a dateline gives its date unless <paramref name="publishedOn"/> does;
    /// <paramref name="source"/>, the address it came from, tells whose dollars a bare "$" is.</summary>
    public static ExtractionResult Extract(string? text, DateOnly? publishedOn = null, Gazetteer? gazetteer = null, string? source = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return ExtractionResult.Empty;
        if (text.Length > MaxLength) text = text[..MaxLength];
        try
        {
            return Run(text, publishedOn, gazetteer ?? Gazetteer.Default, source);
        }
        catch (RegexMatchTimeoutException)
        {
            return ExtractionResult.Empty;
        }
    }

    private static ExtractionResult Run(string text, DateOnly? publishedOn, Gazetteer gazetteer, string? source)
    {
        var doc = Document.Parse(text, publishedOn, gazetteer, source);
        var people = new Lazy<People>(() => new People(doc, gazetteer), LazyThreadSafetyMode.None);
        var drafts = new List<Draft>();
        int? lastYear = null;
        Clause? lastPair = null;
        var ctx = new Context();
        foreach (var s in doc.Sentences)
        {
            ReadSentence(doc, s, people, drafts, ref lastYear, ref lastPair, ctx);
        }
        foreach (var d in drafts)
        {
            if (d.Restated is null) continue;
            if (d.Volume is not null) d.Volume = d.Volume with { Restated = d.Restated };
            if (d.Target is not null) d.Target = d.Target with { Restated = d.Restated };
        }
        var volumes = drafts.Where(d => d.Volume is not null).ToList();
        var targets = drafts.Where(d => d.Target is not null).ToList();
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
        // Below the floor a fact is more likely wrong than worth a reviewer's time.
        volumes.RemoveAll(d => d.Probability < Confidence.Floor);
        targets.RemoveAll(d => d.Probability < Confidence.Floor);
        return new ExtractionResult(doc.Title, doc.Date, MergeVolumes(volumes), MergeTargets(targets));
    }

    private static void ReadSentence(Document doc, Sentence s, Lazy<People> people, List<Draft> drafts, ref int? lastYear, ref Clause? lastPair, Context ctx)
    {
        var text = doc.Text;
        Clause? prev = null;
        int? sentenceYear = null;
        var found = false;
        var absoluteTarget = false;
        int? latestInSentence = null;
        Role? before = null;
        Draft? lastDraft = null;
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
                while (restatedEnd < s.End && text[restatedEnd] is ')' or ']') restatedEnd++;
                var after = i + 2 < s.MoneyTo ? doc.Monies[i + 2].Start : s.End;
                R = text.AsSpan(restatedEnd, Math.Max(0, after - restatedEnd));
            }
            var lNear = NearLeft(L);
            var rNear = NearRight(R);
            // "$85" with no scale is no country pair's yearly trade, nor is a figure beyond any economy's.
            if (m.Value < 10_000 || m.Value > MaxValue) continue;
            // Bounded: a run-on "sentence" of megabytes must not make every figure rescan it.
            var clauseStart = Roles.ClauseStart(text, Math.Max(s.Start, m.Start - Roles.MaxClause), m.Start);
            var clause = text.AsSpan(clauseStart, m.Start - clauseStart);

            // What the figure is comes first: a change, a balance, a sector's figure, a deal or a conversion is never a fact.
            var role = Roles.Early(L, clause, rNear, afterFigure, afterFigure && Roles.IsConversion(text, doc.Monies[i - 1], m), before);
            if (role == Role.Conversion)
            {
                if (lastDraft is not null && lastDraft.Figure == i - 1) lastDraft.Restated = new Amount(m.Value, m.Currency);
                continue;
            }
            if (role is Role.Balance or Role.Sector or Role.Deal)
            {
                before = role;
                continue;
            }

            // A country ranked as an exporter or importer states its own flow, whatever bloc the sentence is about.
            var ranked = role is null ? RankedTrader(doc, s, m.Start, m.End, prev) : null;
            // "X became our top destination for exports, with $10 billion" read in a way the market rule cannot resolve: its direction is
            // unknown, and a guessed direction is a wrong fact.
            if (ranked is null && role is null && MarketNounBefore(doc, s, m.Start))
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
            var target = ranked is null && role is null && !IsFromFigure(L) && IsTarget(doc, s, L, R, clause, rNear, before == Role.Target);
            // The flow word nearest the figure, found once: it decides both whether this is trade and which flow.
            var (flowAt, flowLength) = LastFlowWord(L);
            var referent = false;
            // "Brazil ($41 billion), Chile ($18 billion) and Peru ($9 billion) were its largest partners": a list of partners is trade.
            var partnerList = ranked is null && ListedCountry(doc, s, left, m.Start) is not null && Patterns.PartnersNoun().IsMatch(text.AsSpan(s.Start, s.End - s.Start));
            if (ranked is null && !partnerList && !IsTrade(L, R, flowAt, prev is not null, out referent))
            {
                // "The goal was to reach $1 billion": in a text about a pair, a stated level with no other subject is its trade goal.
                if (!target || Patterns.NonTrade().IsMatch(L) || Patterns.NonTrade().IsMatch(rNear.Length > 30 ? rNear[..30] : rNear)) { before = null; continue; }
                referent = true;
            }
            // A goal for "trade" with no country named is the goal of the pair under discussion: leaders state goals for their own pair.
            var recent = s.Index - ctx.LastPairAt <= 2 ? lastPair : null;
            var pairOf = ranked ?? ResolvePair(doc, s, left, m.Start, m.End, right, flowAt, flowLength, prev, lastPair, referent || (target && !Patterns.Has(L, Patterns.BlocCue)),
                recent, ctx.Perspective);
            if (pairOf is null) { before = null; continue; }
            prev = pairOf;

            if (role == Role.Change)
            {
                // "increased by $13.3 billion in 2017, from $229.7 billion in 2016 to $243.0 billion": the change names the year of the level that follows.
                if (YearOf(L, R, lNear, rNear, doc.Year, sentenceYear, out _) is { } changeYear && !IsFromFigure(L)) sentenceYear = changeYear;
                before = Role.Change;
                continue;
            }

            var qualifier = QualifierOf(L);
            var evidence = EvidenceOf(doc, s, m.Start, m.End);
            var currency = doc.CurrencyOf(m);

            if (target)
            {
                var (byYear, horizon) = HorizonOf(R, doc.Year) is { Words: not null } h ? h : HorizonOf(lNear, doc.Year);
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
            before = Role.Level;

            var yearLeft = afterFigure ? SkipYearOfFigureBefore(L) : L;
            int? year;
            if (L.TrimEnd().EndsWith('(') && Patterns.YearBracketBefore().Match(L.ToString()) is { Success: true } yb) year = int.Parse(yb.Groups["y"].Value);
            else
            {
                year = YearOf(yearLeft, R, NearLeft(yearLeft), rNear, doc.Year, sentenceYear, out _);
                if (year is null && Patterns.Has(clause, Patterns.SameYearCue) && Patterns.SameYear().IsMatch(clause)) year = sentenceYear ?? lastYear;
            }
            var partial = (Patterns.Has(lNear, Patterns.PartialCue) && Patterns.PartialPeriod().IsMatch(lNear))
                || (Patterns.Has(rNear, Patterns.PartialCue) && Patterns.PartialPeriod().IsMatch(rNear));
            // Carry the paragraph's year only when the clause names no year of its own: "last year" in an undated text stays unknown.
            // A ranking speaks of the period the paragraph is about: "Germany (18.2 bn) was also the largest importer", "Brazil ($41 billion) ...
            // were its largest partners".
            if (year is null && (ranked is not null || partnerList) && !partial) year = sentenceYear ?? latestInSentence ?? lastYear;
            if (year is null && !partial && lastYear is not null && Patterns.PastVolumeVerb().IsMatch(clause) && !Patterns.IsWord().IsMatch(L)
                && !(Patterns.RelativeYear().IsMatch(L) || Patterns.RelativeYear().IsMatch(rNear))) year = lastYear;
            if (partial || year is null) continue;
            if (doc.Date is { } date && (year > date.Year || (year == date.Year && date.Month < 12))) continue;
            // A "from" figure names its own year; it does not set the year of the figures after it.
            if (!IsFromFigure(L)) sentenceYear = year;
            latestInSentence = Math.Max(latestInSentence ?? year.Value, year.Value);
            lastPair = pairOf;
            ctx.LastPairAt = s.Index;
            if (pairOf.Flow != Flows.Total) ctx.Perspective = pairOf.Reporter;
            found = true;
            drafts.Add(lastDraft = new Draft
            {
                Sentence = s,
                Figure = i,
                Volume = new VolumeFact(pairOf.Reporter, pairOf.Partner, pairOf.Flow, year.Value, m.Value, currency, qualifier, evidence,
                    Coverage: CoverageOf(clause, rNear) ?? ElidedCoverage(doc, s, clauseStart, m.Start, drafts)),
            });
        }

        var span = text.AsSpan(s.Start, s.End - s.Start);
        // The year the next sentences speak of: the latest this one names ("fell to $11.7 billion in 2023 from $12.3 billion in 2022" is about 2023).
        if (!s.Headline && LatestYear(span, doc.Year) is { } spoken) latestInSentence = Math.Max(latestInSentence ?? spoken, spoken);
        if (latestInSentence is not null) lastYear = latestInSentence;
        // A multiple ("double it", "increase by 50 percent") may share a sentence with the figure it multiplies, but not with
        // an absolute target: "plans to double trade to $10 billion" states one goal, the $10 billion.
        if (!absoluteTarget && RelativeTarget(doc, s, span, lastPair, people) is { } rel)
        {
            drafts.Add(new Draft { Sentence = s, Target = rel });
            lastPair = new Clause(rel.Reporter, rel.Partner, rel.Flow);
        }
        else if (!found && s.MoneyFrom == s.MoneyTo)
        {
            if (Patterns.GoalWord().IsMatch(span) && Patterns.ReachedWord().IsMatch(span))
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

    private static ReadOnlySpan<char> NearLeft(ReadOnlySpan<char> l)
    {
        var cut = l.LastIndexOfAny(",;:(");
        var w = l.LastIndexOf(" while ");
        var b = Math.Max(cut, w);
        return b >= 0 ? l[(b + 1)..] : l;
    }

    private static ReadOnlySpan<char> NearRight(ReadOnlySpan<char> r)
    {
        var cut = r.IndexOfAny(",;(");
        var w = r.IndexOf(" while ");
        if (cut < 0 || (w >= 0 && w < cut)) cut = w;
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

    // "from $229.7 billion in 2016", "from the current level of US$860 million": a comparison base keeps its own year, and is no goal.
    private static bool IsFromFigure(ReadOnlySpan<char> l)
    {
        var t = l.TrimEnd();
        if (Patterns.FromLevelOf().IsMatch(t.Length > 60 ? t[^60..] : t)) return true;
        return t.EndsWith(" from", StringComparison.OrdinalIgnoreCase) || t.EndsWith("(from", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(" than", StringComparison.OrdinalIgnoreCase) || t.EndsWith(" with", StringComparison.OrdinalIgnoreCase);
    }

    // "... $229.7 billion in 2016 to $243.0 billion", "from $29 billion recorded in 2014 to $20 billion": the year right after the figure
    // before (after a participle, if any) belongs to that figure.
    private static ReadOnlySpan<char> SkipYearOfFigureBefore(ReadOnlySpan<char> l)
    {
        var t = l.TrimStart();
        var w = 0;
        while (w < t.Length && char.IsAsciiLetterLower(t[w])) w++;
        if (w > 3 && t[..w].EndsWith("ed", StringComparison.Ordinal) && w < t.Length && t[w] == ' ') t = t[(w + 1)..];
        foreach (var lead in (ReadOnlySpan<string>)["in ", "for ", "("])
        {
            if (!t.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = t[lead.Length..];
            if (rest.Length >= 4 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3])
                && (rest.Length == 4 || !char.IsAsciiDigit(rest[4])))
                return rest[4..];
        }
        return l;
    }

    // A target is an aim someone commits to: intent words govern the figure ("agreed to raise trade to"), a goal noun follows it
    // ("the $200 billion goal"), a "will" the sentence frames as a goal ("we have set benchmarks: trade will reach"), a figure
    // coordinated with the target before it, or "to $X by 2030" with no forecast and no past verb before it.
    private static bool IsTarget(Document doc, Sentence s, ReadOnlySpan<char> l, ReadOnlySpan<char> r, ReadOnlySpan<char> clause, ReadOnlySpan<char> rNear, bool afterTarget)
    {
        if (l.Length > Roles.MaxClause) l = l[^Roles.MaxClause..];
        if (Patterns.GoalAfter().IsMatch(r) || IntentGoverns(l)) return true;
        if (afterTarget && Patterns.CoordinatedAfterTarget().IsMatch(l)) return true;
        var trimmed = l.TrimEnd();
        var toFigure = trimmed.EndsWith(" to", StringComparison.Ordinal) || trimmed.EndsWith(" to reach", StringComparison.Ordinal);
        var will = Patterns.Has(l, Patterns.WillCue) && Patterns.Will().IsMatch(l);
        if (!toFigure && !will) return false;
        if (Patterns.Has(clause, Patterns.ForecastCue) && Patterns.Forecast().IsMatch(clause)) return false;
        if (will)
        {
            // The sentence frames it; a run-on "sentence" is not read whole for every figure.
            var sentence = doc.Text.AsSpan(s.Start, s.End - s.Start);
            if (sentence.Length > 2 * Roles.MaxClause) sentence = l;
            if (Patterns.WillFramedAsGoal().IsMatch(sentence)) return true;
            // "President X said trade would reach $10 billion by 2025": a leader's dated "will" in reported speech states the goal;
            // analysts' and officials' ones are forecasts.
            if (Patterns.LeaderSays().IsMatch(sentence) && !Patterns.Forecaster().IsMatch(sentence)
                && HorizonOf(rNear, doc.Year) is { ByYear: { } year, Words: { } w } && w.StartsWith("by", StringComparison.OrdinalIgnoreCase)
                && (doc.Year is null || year > doc.Year))
                return true;
            // "China-Russia trade will grow to $80 billion by the end of the year, a ministry spokesman said": trade as the subject of
            // "will", with no one committing to it, is a forecast.
            if (Patterns.FlowWillBefore().IsMatch(l.Length > 120 ? l[^120..] : l)) return false;
        }
        if (!toFigure || Patterns.PastBeforeTo().IsMatch(l.Length > 80 ? l[^80..] : l)) return false;
        return HorizonOf(rNear, doc.Year) is { ByYear: { } by, Words: { } words }
            && (words.StartsWith("by", StringComparison.OrdinalIgnoreCase) || words.StartsWith("within", StringComparison.OrdinalIgnoreCase) ? doc.Year is null || by >= doc.Year : doc.Year is not null && by > doc.Year);
    }

    // Money is trade when a trade word is nearer to it than any word for investment, loans, deals and the like.
    private static (int At, int Length) LastFlowWord(ReadOnlySpan<char> l)
    {
        (int At, int Length) last = (-1, 0);
        var directed = false;
        foreach (var fm in Patterns.FlowWord().EnumerateMatches(l))
        {
            // "exported goods to Viet Nam", "Imports of goods from Japan": "goods" names what flows, the verb or noun before it the direction.
            var word = l.Slice(fm.Index, fm.Length);
            var gap = fm.Index - (last.At + last.Length);
            if (directed && gap <= 4 && (word.Equals("goods", StringComparison.OrdinalIgnoreCase) || word.Equals("merchandise", StringComparison.OrdinalIgnoreCase))) continue;
            last = (fm.Index, fm.Length);
            directed = Patterns.ExportWord().IsMatch(word) || Patterns.ImportWord().IsMatch(word);
        }
        return last;
    }

    private static bool IsTrade(ReadOnlySpan<char> l, ReadOnlySpan<char> r, int lastTrade, bool continuesFigure, out bool referent)
    {
        referent = false;
        // The words right after the figure, up to the clause's end: "$500 million investment", not ", leaving a deficit of ...".
        var near = NearRight(r);
        var head = near.Length > 30 ? near[..30] : near;
        foreach (var nm in Patterns.NonTrade().EnumerateMatches(head))
        {
            // "$500 million investment", "$1.5 billion loan": the noun right after the figure decides.
            if (nm.Index <= 12) return false;
        }
        var lastNon = -1;
        foreach (var nm in Patterns.NonTrade().EnumerateMatches(l)) lastNon = nm.Index;
        if (lastNon > lastTrade) return false;
        if (lastTrade >= 0) return true;
        if (Patterns.TradeAfter().IsMatch(head))
            return true;
        if (lastNon >= 0) return false;
        // "... from $128.6 billion a year earlier", "beating the $200 billion goal": the figure continues the clause before it.
        if (continuesFigure) return true;
        referent = Patterns.Referent().IsMatch(l);
        return referent;
    }

    private static bool IntentGoverns(ReadOnlySpan<char> l)
    {
        if (!Patterns.Has(l, Patterns.IntentCue)) return false;
        var last = -1;
        var len = 0;
        foreach (var m in Patterns.Intent().EnumerateMatches(l)) { last = m.Index; len = m.Length; }
        if (last < 0) return false;
        if (l[last..].StartsWith("to ", StringComparison.OrdinalIgnoreCase) && Patterns.ForecastBeforeTo().IsMatch(l[Math.Max(0, last - 20)..last])) return false;
        foreach (var v in Patterns.PastVolumeVerb().EnumerateMatches(l[(last + len)..]))
        {
            // "the goal was to raise ..." keeps the intent; "... said trade reached" does not.
            var rest = l[(last + len + v.Index + v.Length)..].TrimStart();
            if (!rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private static string QualifierOf(ReadOnlySpan<char> l)
    {
        var tail = l.Length > 40 ? l[^40..] : l;
        var m = Patterns.QualifierBefore().Match(tail.ToString());
        if (!m.Success) return Qualifiers.Exact;
        var q = Spaced(m.Groups["q"].Value);
        // "bring it up to the $7-billion mark" is a phrasal verb, not a ceiling.
        if (q == "up to" && Patterns.PhrasalUp().IsMatch(tail[..m.Index].ToString())) return Qualifiers.Exact;
        return q switch
        {
            // "totaled an estimated $144.6 billion" reports a precise statistic whose status is provisional, not a rounded one.
            "estimated" or "an estimated" => Qualifiers.Exact,
            "just under" or "just below" or "under" or "below" or "less than" or "fewer than" or "short of" => Qualifiers.LessThan,
            "at least" or "no less than" or "not less than" or "a minimum of" or "minimum of" => Qualifiers.AtLeast,
            "up to" or "at most" or "no more than" or "not more than" or "a maximum of" or "maximum of" => Qualifiers.AtMost,
            "just over" or "just above" or "over" or "more than" or "above" or "in excess of" or "upwards of" or "exceeded" or "exceeding" or "exceeds"
                or "exceed" or "surpassed" or "surpassing" or "surpass" or "topped" or "topping" or "top" or "passed" or "passing" or "pass" or "crossed"
                or "crossing" or "beyond" => Qualifiers.MoreThan,
            _ => Qualifiers.Approximately,
        };
    }

    // Lower case with single spaces: "More  than" -> "more than".
    private static string Spaced(string words)
    {
        var lower = words.ToLowerInvariant();
        return lower.Contains("  ") || lower.AsSpan().IndexOfAny("\t\n\r") >= 0 ? string.Join(' ', lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : lower;
    }

    /// <summary>Longest evidence quote; a "sentence" longer than this is not prose, so the clause around the figure stands in.</summary>
    public const int MaxEvidenceLength = 1000;

    private static Evidence EvidenceOf(Document doc, Sentence s, int focusStart = -1, int focusEnd = -1)
    {
        if (s.End - s.Start <= MaxEvidenceLength || focusStart < 0) return s.Quote ??= new Evidence(s.Start, s.End, doc.Text[s.Start..s.End]);
        var start = Math.Max(s.Start, focusStart - MaxEvidenceLength / 2);
        var end = Math.Min(s.End, Math.Max(focusEnd, start + MaxEvidenceLength));
        return new Evidence(start, end, doc.Text[start..end]);
    }

    private static int? YearOf(ReadOnlySpan<char> l, ReadOnlySpan<char> r, ReadOnlySpan<char> lNear, ReadOnlySpan<char> rNear, int? docYear, int? sentenceYear, out bool partial)
    {
        partial = (Patterns.Has(lNear, Patterns.PartialCue) && Patterns.PartialPeriod().IsMatch(lNear))
            || (Patterns.Has(rNear, Patterns.PartialCue) && Patterns.PartialPeriod().IsMatch(rNear));
        return FirstYear(rNear, docYear, sentenceYear, fromEnd: false)
            ?? FirstYear(l, docYear, sentenceYear, fromEnd: true)
            ?? sentenceYear
            ?? FirstYear(r, docYear, sentenceYear, fromEnd: false);
    }

    private static int? LatestYear(ReadOnlySpan<char> span, int? docYear)
    {
        int? latest = null;
        foreach (var m in Patterns.Year().EnumerateMatches(span))
        {
            var before = span[Math.Max(0, m.Index - 30)..m.Index];
            if (Patterns.YearGovernor().IsMatch(before)) continue;
            var y = int.Parse(span.Slice(m.Index, m.Length));
            if (docYear is not null && y > docYear) continue;
            latest = Math.Max(latest ?? y, y);
        }
        return latest ?? (Patterns.Has(span, Patterns.YearCue) ? FirstYear(span, docYear, null, fromEnd: true) : null);
    }

    // The year a stretch of text speaks of: the first (or last) explicit year not governed by "by", "since", "compared with",
    // or a relative year ("last year", "a year earlier") resolved against the document date or the year just named.
    private static int? FirstYear(ReadOnlySpan<char> span, int? docYear, int? anchor, bool fromEnd)
    {
        (int Pos, int Year)? best = null;
        foreach (var m in Patterns.Year().EnumerateMatches(span))
        {
            var before = span[Math.Max(0, m.Index - 30)..m.Index];
            // "by 2024" governs a year; "that figure for 2012 was" does not.
            if (Patterns.YearGovernor().IsMatch(before) && !Patterns.FigureFor().IsMatch(before)) continue;
            var y = int.Parse(span.Slice(m.Index, m.Length));
            if (best is null || fromEnd) best = (m.Index, y);
            if (!fromEnd) break;
        }
        if (!Patterns.Has(span, Patterns.YearCue)) return best?.Year;
        foreach (var m in Patterns.RelativeYear().EnumerateMatches(span))
        {
            var words = span.Slice(m.Index, m.Length);
            int? y = words.StartsWith("this", StringComparison.OrdinalIgnoreCase) || words.StartsWith("the current", StringComparison.OrdinalIgnoreCase) ? docYear
                : words.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? null
                : words.StartsWith("last", StringComparison.OrdinalIgnoreCase) || words.StartsWith("past", StringComparison.OrdinalIgnoreCase)
                    || words.StartsWith("previous", StringComparison.OrdinalIgnoreCase) ? docYear - 1
                : (anchor ?? best?.Year ?? docYear) - 1;
            if (y is null) continue;
            if (best is null || (fromEnd ? m.Index > best.Value.Pos : m.Index < best.Value.Pos)) best = (m.Index, y.Value);
        }
        return best?.Year;
    }

    private static (int? ByYear, string? Words) HorizonOf(ReadOnlySpan<char> span, int? docYear)
    {
        var m = Patterns.Horizon().Match(span.ToString());
        if (!m.Success) return (null, null);
        var words = m.Value;
        if (m.Groups["y"].Success) return (int.Parse(m.Groups["y"].Value), words);
        if (m.Groups["fy"].Success)
        {
            var fy = int.Parse(m.Groups["fy"].Value);
            return docYear is null || fy >= docYear ? (fy, words) : (null, null);
        }
        if (m.Groups["n"].Success) return (docYear + NumberWord(m.Groups["n"].Value), words);
        if (m.Groups["decade"].Success) return (docYear is { } y ? (y / 10 + 1) * 10 : null, words);
        if (m.Groups["tenyears"].Success) return (docYear + 10, words);
        if (m.Groups["nexty"].Success) return (docYear + 1, words);
        if (m.Groups["thisy"].Success) return (docYear, words);
        return (null, words);
    }

    private static int NumberWord(string w) => int.TryParse(w, out var n) ? n : w.ToLowerInvariant() switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        "fifteen" => 15, "twenty" => 20, _ => 0,
    };

    // Who trades with whom in the clause that ends at the figure.
    private static Clause? ResolvePair(Document doc, Sentence s, int left, int moneyStart, int moneyEnd, int right, int flowAt, int flowLength,
        Clause? prev, Clause? lastPair, bool referent, Clause? recent, string? perspective)
    {
        var text = doc.Text;
        var L = text.AsSpan(left, moneyStart - left);
        // "largest partner was Mexico ($798 billion), followed by Canada ($782 billion)": each bracketed figure is the trade of the
        // country before it with the one whose partners these are (the possessor, or the side the text reports from); if none, nothing.
        // "30 billion US dollars worth of UK exports to China": the flow and its sides follow the figure.
        if (FlowAfter(doc, s, moneyEnd, right) is { } following) return following;
        var listed = ListedCountry(doc, s, left, moneyStart);
        if (listed is { } item)
        {
            string? owner = null;
            foreach (var c in doc.CountriesIn(s, s.Start, s.End))
                if (c.Iso3 != item.Iso3 && (c.Possessive || Patterns.PartnerNounAfter().IsMatch(text.AsSpan(c.End, Math.Min(s.End, c.End + 30) - c.End))))
                {
                    owner = c.Iso3;
                    break;
                }
            // "... were its largest partners": the country the sentence before was about.
            if (owner is null && s.Index > 0 && Patterns.PossessivePronoun().IsMatch(text.AsSpan(s.Start, s.End - s.Start)))
            {
                var before = doc.Sentences[s.Index - 1];
                foreach (var c in doc.CountriesIn(before, before.Start, before.End))
                    if (c.Iso3 != item.Iso3) { owner = c.Iso3; break; }
            }
            // Whose partners these are, when the sentence does not say: the side the text reports from, or its publisher.
            owner ??= perspective ?? (doc.Publisher != item.Iso3 ? doc.Publisher : null);
            return owner is null || owner == item.Iso3 ? null : new Clause(owner, item.Iso3, Flows.Total);
        }
        var countries = Sides(doc, doc.CountriesIn(s, left, moneyStart));
        var blocScope = L.Length > Roles.MaxClause ? L[^Roles.MaxClause..] : L;
        if (Patterns.Has(blocScope, Patterns.BlocCue) && Patterns.BlocOrWorld().Match(blocScope.ToString()) is { Success: true } bloc
            // "the UK's fifth largest trading partner with total trade worth £28 billion": a total between two named countries is theirs.
            && !(bloc.Value.StartsWith("total", StringComparison.OrdinalIgnoreCase) || bloc.Value.StartsWith("overall", StringComparison.OrdinalIgnoreCase)
                 ? LastTwo(countries).Second is not null : false))
            return null;

        var sawFlowWord = flowAt >= 0;
        var kwPos = sawFlowWord ? left + flowAt : -1;
        var kwEnd = sawFlowWord ? kwPos + flowLength : -1;
        var flow = Flows.Total;
        if (sawFlowWord)
        {
            var word = text.AsSpan(kwPos, kwEnd - kwPos);
            flow = Patterns.ExportWord().IsMatch(word) ? Flows.Exports : Patterns.ImportWord().IsMatch(word) ? Flows.Imports : Flows.Total;
        }

        if (flow != Flows.Total)
        {
            string? reporter = null, partner = null;
            var after = AfterPosition(countries, kwEnd);
            if (after.Length == 0) after = doc.CountriesIn(s, moneyEnd, Math.Min(right, moneyEnd + 40));
            if (after.Length > 0)
            {
                var between = text.AsSpan(kwEnd, Math.Max(0, after[0].Start - kwEnd)).Trim();
                if (between.EndsWith("from", StringComparison.OrdinalIgnoreCase) && flow == Flows.Exports && after.Length > 1)
                {
                    reporter = after[0].Iso3;
                    partner = after[1].Iso3;
                }
                else partner = after[0].Iso3;
            }
            var possessiveReporter = false;
            for (var i = countries.Length - 1; reporter is null && i >= 0; i--)
                if (countries[i].End <= kwPos && countries[i].Iso3 != partner)
                {
                    reporter = countries[i].Iso3;
                    possessiveReporter = countries[i].Possessive;
                }
            // "New Zealand's exports were valued at NZ$64 billion": a possessive with no partner is the country's trade with the world.
            if (partner is null && possessiveReporter && !Patterns.PairWord().IsMatch(blocScope)) return null;
            if (reporter is null && prev is not null && prev.Reporter != partner) reporter = prev.Reporter;
            if (partner is null && prev is not null && prev.Partner != reporter && prev.Flow != Flows.Total) partner = prev.Partner;
            if (partner is null && referent) partner = Other(doc, lastPair, reporter);
            // "Exports were $63.8 billion; imports were $80.8 billion" right after the pair's total: the same pair, seen from the same side.
            if (reporter is null && partner is null && countries.Length == 0 && recent is not null)
            {
                reporter = perspective == recent.Partner ? recent.Partner : recent.Reporter;
                partner = reporter == recent.Reporter ? recent.Partner : recent.Reporter;
            }
            // "Goods exports totaled $8.1 billion" on a government's own page headed by a partner ("Peru"): its own exports, to that partner.
            // A release whose title names no partner speaks of the publisher's trade with the world.
            if (reporter is null && partner is null && countries.Length == 0 && doc.Publisher is { } pub && TitleOther(doc, pub) is { } headed)
            {
                reporter = pub;
                partner = headed;
            }
            // "U.S. exports: Decreased by $6.0 billion to $27.1 billion" under a title that names the partner.
            if (partner is null && reporter is not null && countries.Length == 1 && TitleOther(doc, reporter) is { } titled) partner = titled;
            reporter ??= Other(doc, null, partner);
            if (reporter is null || partner is null || reporter == partner) return null;
            return new Clause(reporter, partner, flow);
        }

        // "... exported tea worth $610 million to Pakistan in 2023, up from $540 million": a clause with no flow word of its own,
        // naming only countries of the previous figure, continues that figure's flow.
        if (!sawFlowWord && prev is not null && AllIn(countries, prev)) return prev;

        // With more than two countries named, the two nearest the figure: "Japan is Australia's partner after China, with which Australia traded $X".
        var (first, second) = LastTwo(countries);
        if (second is not null) return new Clause(first!, second, Flows.Total);
        if (first is not null)
        {
            var x = first;
            // "New Zealand's two-way trade ... was valued at 125 billion NZ dollars": the country's trade with the world.
            if (countries[^1].Possessive && countries.Length == 1 && !Patterns.PairWord().IsMatch(blocScope)) return null;
            // "between Angola and the Congo": the other side is named but unknown, so it is not guessed.
            if (Patterns.BetweenAnd().IsMatch(L.Length > Roles.MaxClause ? L[^Roles.MaxClause..] : L)) return null;
            var other = prev is not null && prev.Reporter != x ? prev.Reporter : Other(doc, null, x);
            if (other is null || other == x) return null;
            // "Trade with the United States rose to A and with South Korea to B": the country after "with" is the partner, the
            // unnamed subject stays the reporter for the next clause.
            if (WithBefore(text, countries[^1].Start)) return new Clause(other, x, Flows.Total);
            return new Clause(other == prev?.Reporter ? other : x, other == prev?.Reporter ? x : other, Flows.Total);
        }
        if (prev is not null && !sawFlowWord) return prev;
        if (prev is not null) return prev with { Flow = Flows.Total };
        if (referent || Patterns.Referent().IsMatch(L))
        {
            var pair = lastPair ?? (doc.MainPair is { } mp ? new Clause(mp.A, mp.B, Flows.Total) : null);
            return pair is null ? null : pair with { Flow = Flows.Total };
        }
        var (a, b) = FirstTwo(doc.CountriesIn(s, s.Start, s.End), exactlyTwo: true);
        if (b is not null) return new Clause(a!, b, Flows.Total);
        // "Last year trade went up by 27 percent to $19.2 billion" in a text about one pair, naming no country: that pair's trade.
        if (sawFlowWord && doc.CountriesIn(s, s.Start, moneyStart).Length == 0 && Patterns.PairTradeWord().IsMatch(text.AsSpan(kwPos, kwEnd - kwPos)))
        {
            var pair = recent ?? (doc.MainPair is { } mp ? new Clause(mp.A, mp.B, Flows.Total) : null);
            return pair is null ? null : pair with { Flow = Flows.Total };
        }
        return null;
    }

    // "Germany was by far the largest exporter to Japan in 2007, with 13.0 bn euro, followed by France (5.8 bn)", "Germany (18.2 bn) was also
    // the largest importer", "the United Kingdom was the largest importer (EUR 8.0 billion) from India": a country ranked as an exporter or
    // importer; the figure is that country's own flow, to the partner named after the noun or else the one the text is about.
    private static Clause? RankedTrader(Document doc, Sentence s, int moneyStart, int moneyEnd, Clause? prev)
    {
        var text = doc.Text;
        var from = Math.Max(s.Start, moneyStart - Roles.MaxClause);
        var listed = ListedCountry(doc, s, from, moneyStart);
        string? reporter = null, flow = null;
        var nounEnd = -1;
        if (listed is { } item)
        {
            var after = text.AsSpan(moneyEnd, Math.Min(s.End, moneyEnd + 160) - moneyEnd).ToString();
            if (Patterns.TraderAfterBracket().Match(after) is { Success: true } a)
            {
                reporter = item.Iso3;
                flow = FlowOfTrader(a.Groups["w"].Value);
                nounEnd = moneyEnd + a.Groups["w"].Index + a.Groups["w"].Length;
            }
        }
        if (flow is null && MarketOf(doc, s, from, moneyStart, listed) is { } market) return market;
        if (flow is null)
        {
            var before = text.AsSpan(from, moneyStart - from);
            if (!Patterns.TraderNoun().IsMatch(before)) return null;
            var nouns = Patterns.TraderNoun().Matches(before.ToString());
            var noun = nouns[^1];
            var nounAt = from + noun.Index;
            flow = FlowOfTrader(noun.Groups["w"].Value);
            nounEnd = nounAt + noun.Length;
            // Another flow named between the noun and the figure starts another subject: "the largest exporter, and trade reached $X".
            if (Patterns.FlowWord().IsMatch(text.AsSpan(nounEnd, moneyStart - nounEnd))) return null;
            if (listed is { } li && li.Start > nounAt) reporter = li.Iso3;
            else
            {
                // The subject of "X was (by far) the largest exporter": the last country before the noun, joined to it by a copula.
                var named = doc.CountriesIn(s, s.Start, nounAt);
                if (named.Length == 0) return null;
                var subject = named[^1];
                if (!Patterns.CopulaToTrader().IsMatch(text.AsSpan(subject.End, nounAt - subject.End))) return null;
                reporter = subject.Iso3;
            }
        }
        // "the largest supplier of oil": one product's trade, not the country's.
        var next = text.AsSpan(nounEnd, Math.Min(s.End, nounEnd + 40) - nounEnd).TrimStart();
        if (next.StartsWith("of ", StringComparison.OrdinalIgnoreCase) && !Patterns.GoodsAfterOf().IsMatch(next)) return null;
        string? partner = null;
        foreach (var c in doc.CountriesIn(s, nounEnd, Math.Min(s.End, nounEnd + 60)))
        {
            if (Patterns.PartnerPreposition().IsMatch(text.AsSpan(nounEnd, c.Start - nounEnd))) partner = c.Iso3;
            break;
        }
        if (partner is null && prev is not null && prev.Flow == flow && prev.Reporter != reporter) partner = prev.Partner;
        partner ??= Other(doc, null, reporter);
        return partner is null || partner == reporter ? null : new Clause(reporter!, partner, flow);
    }

    // "China was also New Zealand's main import partner, sending goods worth 8.3 billion NZ dollars last year", "Japan is Australia's
    // second-largest export market, worth A$50 billion in 2019": the subject is the partner of the possessor's exports or imports.
    private static Clause? MarketOf(Document doc, Sentence s, int from, int moneyStart, CountryMention? listed)
    {
        var text = doc.Text;
        var before = text.AsSpan(from, moneyStart - from);
        if (!Patterns.Has(before, Patterns.MarketCue)) return null;
        var nouns = Patterns.MarketNoun().Matches(before.ToString());
        if (nouns.Count == 0) return null;
        var noun = nouns[^1];
        var nounAt = from + noun.Index;
        var nounEnd = nounAt + noun.Length;
        // Another flow named between the noun and the figure starts another subject.
        if (Patterns.OtherFlowWord().IsMatch(text.AsSpan(nounEnd, moneyStart - nounEnd))) return null;
        var named = doc.CountriesIn(s, s.Start, nounAt);
        if (named.Length == 0) return null;
        // The owner: a possessive right before the noun ("New Zealand's main"), or "our"/"its" for the publisher's side.
        string? owner = null;
        var subjectIndex = named.Length - 1;
        var last = named[^1];
        if (last.Possessive && Patterns.OwnerToNoun().IsMatch(text.AsSpan(last.End, nounAt - last.End)))
        {
            owner = last.Iso3;
            subjectIndex--;
        }
        if (subjectIndex < 0) return null;
        var subject = named[subjectIndex];
        var link = text.AsSpan(subject.End, (owner is null ? nounAt : last.Start) - subject.End);
        if (!Patterns.CopulaToMarket().IsMatch(link)) return null;
        if (owner is null)
        {
            if (!Patterns.OurBeforeNoun().IsMatch(text.AsSpan(subject.End, nounAt - subject.End))) return null;
            owner = doc.Publisher is { } pub && pub != subject.Iso3 ? pub : Other(doc, null, subject.Iso3);
        }
        if (owner is null || owner == subject.Iso3) return null;
        var flow = noun.Groups["imp"].Success ? Flows.Imports : Flows.Exports;
        // "China is our largest export market, worth $94 billion, followed by Japan ($39 billion)": a listed country after the noun is the
        // owner's next market.
        if (listed is { } next && next.Start > nounEnd) return next.Iso3 == owner ? null : new Clause(owner, next.Iso3, flow);
        return new Clause(owner, subject.Iso3, flow);
    }

    private static bool MarketNounBefore(Document doc, Sentence s, int moneyStart)
    {
        var from = Roles.ClauseStart(doc.Text, Math.Max(s.Start, moneyStart - Roles.MaxClause), moneyStart);
        var clause = doc.Text.AsSpan(from, moneyStart - from);
        if (!Patterns.Has(clause, Patterns.MarketCue)) return false;
        var nouns = Patterns.MarketNoun().Matches(clause.ToString());
        if (nouns.Count == 0) return false;
        var last = nouns[^1];
        // Another flow named after the noun starts another subject: "the top export market, and imports reached $X".
        return !Patterns.OtherFlowWord().IsMatch(clause[(last.Index + last.Length)..]);
    }

    // The multiple a goal's clause names: "double" 2, "triple" 3, "fivefold" 5; null when it names none.
    private static decimal? MultipleIn(ReadOnlySpan<char> clause)
    {
        if (!Patterns.Has(clause, Patterns.MultipleCue)) return null;
        var m = Patterns.Multiple().Match(clause.ToString());
        if (!m.Success) return null;
        if (m.Groups["w"].Success) return m.Groups["w"].Value.ToLowerInvariant() switch { "double" => 2, "triple" or "treble" => 3, "quadruple" => 4, _ => 5 };
        return decimal.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
            : NumberWord(m.Groups["n"].Value) is > 1 and var w ? w : null;
    }

    private static string FlowOfTrader(string noun) =>
        noun.StartsWith("export", StringComparison.OrdinalIgnoreCase) || noun.StartsWith("supplier", StringComparison.OrdinalIgnoreCase) ? Flows.Exports : Flows.Imports;

    // The item of a list of products or sectors: "cereals ($3.1 billion)", "Machinery ($12.2 billion)", "Fruit (soybeans) ($10.7 billion)";
    // a country before the bracket ("Canada ($679.9 billion)"), a year ("in 2021 ($5.1 billion)") or the flow itself ("bilateral trade
    // ($5 billion)") is not.
    private static bool IsBreakdownItem(Document doc, Sentence s, int left, int moneyStart)
    {
        var l = doc.Text.AsSpan(left, moneyStart - left).TrimEnd();
        if (!l.EndsWith("(") || ListedCountry(doc, s, left, moneyStart) is not null) return false;
        l = l[..^1].TrimEnd();
        if (l.EndsWith(")")) return true;
        var w = l.Length;
        while (w > 0 && (char.IsLetter(l[w - 1]) || l[w - 1] == '-')) w--;
        var word = l[w..];
        return word.Length >= 3 && !Patterns.LevelNoun().IsMatch(word);
    }

    private static Clause? FlowAfter(Document doc, Sentence s, int moneyEnd, int right)
    {
        var text = doc.Text;
        var end = Math.Min(right, moneyEnd + 80);
        var m = Patterns.FlowAfterFigure().Match(text, moneyEnd, end - moneyEnd);
        if (!m.Success) return null;
        var flow = m.Groups["imp"].Success ? Flows.Imports : Flows.Exports;
        var flowAt = m.Index + m.Length;
        string? reporter = null, partner = null;
        foreach (var c in doc.CountriesIn(s, moneyEnd, end))
        {
            if (c.End <= flowAt) reporter = c.Iso3;
            else if (partner is null && Patterns.PartnerPreposition().IsMatch(text.AsSpan(flowAt, c.Start - flowAt))) partner = c.Iso3;
        }
        if (reporter is null) return null;
        partner ??= Other(doc, null, reporter);
        return partner is null || partner == reporter ? null : new Clause(reporter, partner, flow);
    }

    private static CountryMention? ListedCountry(Document doc, Sentence s, int left, int moneyStart)
    {
        var l = doc.Text.AsSpan(left, moneyStart - left).TrimEnd();
        if (!l.EndsWith("(")) return null;
        var mentions = doc.CountriesIn(s, left, moneyStart);
        if (mentions.Length == 0) return null;
        var last = mentions[^1];
        return doc.Text.AsSpan(last.End, moneyStart - last.End).Trim() is "(" ? last : null;
    }

    private static bool WithBefore(string text, int at)
    {
        var from = Math.Max(0, at - 10);
        var before = text.AsSpan(from, at - from).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4].TrimEnd();
        return before.EndsWith("with", StringComparison.OrdinalIgnoreCase);
    }

    // The countries that are sides of the figure: not those named for comparison ("the second-largest partner after China").
    private static ReadOnlySpan<CountryMention> Sides(Document doc, ReadOnlySpan<CountryMention> mentions)
    {
        var keep = 0;
        foreach (var c in mentions) if (!IsComparison(doc, c)) keep++;
        if (keep == mentions.Length) return mentions;
        var result = new CountryMention[keep];
        var k = 0;
        foreach (var c in mentions) if (!IsComparison(doc, c)) result[k++] = c;
        return result;
    }

    private static bool IsComparison(Document doc, CountryMention c)
    {
        var from = Math.Max(0, c.Start - 20);
        var before = doc.Text.AsSpan(from, c.Start - from);
        if (!Patterns.Has(before, Patterns.ComparisonCue) || !Patterns.ComparisonBefore().IsMatch(before)) return false;
        // "... after China, with which Australia traded A$327 billion": a relative clause makes it a side again.
        var after = doc.Text.AsSpan(c.End, Math.Min(24, doc.Text.Length - c.End)).TrimStart(", ");
        return !(after.StartsWith("with which", StringComparison.OrdinalIgnoreCase) || after.StartsWith("which", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("whose", StringComparison.OrdinalIgnoreCase) || after.StartsWith("to which", StringComparison.OrdinalIgnoreCase));
    }

    // The one country the title names besides the reporter.
    private static string? TitleOther(Document doc, string reporter)
    {
        if (doc.Sentences.Count == 0 || !doc.Sentences[0].Headline) return null;
        string? other = null;
        foreach (var c in doc.CountriesIn(doc.Sentences[0], doc.Sentences[0].Start, doc.Sentences[0].End))
        {
            if (c.Iso3 == reporter) continue;
            if (other is not null && other != c.Iso3) return null;
            other = c.Iso3;
        }
        return other;
    }

    private static ReadOnlySpan<CountryMention> AfterPosition(ReadOnlySpan<CountryMention> mentions, int position)
    {
        var i = 0;
        while (i < mentions.Length && mentions[i].Start < position) i++;
        return mentions[i..];
    }

    private static bool AllIn(ReadOnlySpan<CountryMention> mentions, Clause pair)
    {
        foreach (var m in mentions)
            if (m.Iso3 != pair.Reporter && m.Iso3 != pair.Partner) return false;
        return true;
    }

    // The last two different countries named, in text order.
    private static (string? First, string? Second) LastTwo(ReadOnlySpan<CountryMention> mentions)
    {
        string? last = null, before = null;
        for (var i = mentions.Length - 1; i >= 0; i--)
        {
            var c = mentions[i].Iso3;
            if (last is null) last = c;
            else if (c != last) { before = c; break; }
        }
        return before is null ? (last, null) : (before, last);
    }

    // The first two different countries named; with exactlyTwo, none unless there are exactly two.
    private static (string? First, string? Second) FirstTwo(ReadOnlySpan<CountryMention> mentions, bool exactlyTwo = false)
    {
        string? first = null, second = null;
        foreach (var m in mentions)
        {
            if (first is null) first = m.Iso3;
            else if (m.Iso3 != first && second is null) second = m.Iso3;
            else if (exactlyTwo && m.Iso3 != first && m.Iso3 != second) return (null, null);
        }
        return (first, second);
    }

    // The other country of the pair under discussion, given one side.
    private static string? Other(Document doc, Clause? local, string? known)
    {
        if (local is not null)
        {
            if (known is null) return local.Reporter;
            if (local.Reporter == known) return local.Partner;
            if (local.Partner == known) return local.Reporter;
        }
        if (doc.MainPair is not { } mp) return null;
        if (known is null) return null;
        if (mp.A == known) return mp.B;
        if (mp.B == known) return mp.A;
        return mp.A;
    }

    private static TargetFact? RelativeTarget(Document doc, Sentence s, ReadOnlySpan<char> span, Clause? lastPair, Lazy<People> people)
    {
        if (!Patterns.Has(span, Patterns.MultipleCue) && !Patterns.Has(span, Patterns.IncreaseCue)) return null;
        var text = span.ToString();
        decimal multiplier;
        string qualifierWords;
        int at;
        var mm = Patterns.Multiple().Match(text);
        if (mm.Success)
        {
            multiplier = mm.Groups["w"].Success
                ? mm.Groups["w"].Value.ToLowerInvariant() switch { "double" => 2, "triple" or "treble" => 3, "quadruple" => 4, _ => 5 }
                : decimal.TryParse(mm.Groups["n"].Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : NumberWord(mm.Groups["n"].Value);
            qualifierWords = mm.Groups["q"].Value;
            at = mm.Index;
        }
        else
        {
            var pm = Patterns.PercentIncrease().Match(text);
            if (!pm.Success) return null;
            multiplier = pm.Groups["times"].Success
                ? pm.Groups["times"].Value.ToLowerInvariant() switch
                {
                    var t when t.StartsWith("one", StringComparison.Ordinal) => 1.5m,
                    var t when decimal.TryParse(t, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var x) => x,
                    var t => NumberWord(t),
                }
                : pm.Groups["p"].Success
                ? 1 + decimal.Parse(pm.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100
                : pm.Groups["half"].Success ? 1.5m : pm.Groups["third"].Success ? 1.3333m : 1.25m;
            qualifierWords = pm.Groups["q"].Value;
            at = pm.Index;
        }
        if (multiplier <= 1) return null;
        var before = text.AsSpan(0, at);
        if (!Patterns.Intent().IsMatch(before) && !before.TrimEnd().EndsWith(" to", StringComparison.OrdinalIgnoreCase)
            && !(Patterns.Will().IsMatch(before) && Patterns.WillFramedAsGoal().IsMatch(text) && !Patterns.Forecast().IsMatch(before))) return null;
        if (Patterns.NonTrade().IsMatch(text) && !Patterns.FlowWord().IsMatch(text)) return null;

        var (c1, c2) = Patterns.BlocOrWorld().IsMatch(text) ? (null, null) : FirstTwo(doc.CountriesIn(s, s.Start, s.End));
        Clause? pair = null;
        if (c2 is not null && Patterns.FlowWord().IsMatch(text)) pair = new Clause(c1!, c2, Flows.Total);
        else if (Patterns.Referent().IsMatch(text) || Patterns.FlowWord().IsMatch(text))
            pair = lastPair is not null ? lastPair with { Flow = Flows.Total } : doc.MainPair is { } mp ? new Clause(mp.A, mp.B, Flows.Total) : null;
        if (pair is null) return null;

        var (byYear, horizon) = HorizonOf(text.AsSpan(at), doc.Year) is { Words: not null } h ? h : HorizonOf(before, doc.Year);
        var q = Spaced(qualifierWords.Trim()) switch
        {
            "at least" or "no less than" => Qualifiers.AtLeast,
            "more than" => Qualifiers.MoreThan,
            "nearly" or "almost" or "about" or "around" => Qualifiers.Approximately,
            _ => Qualifiers.Exact,
        };
        return new TargetFact(pair.Reporter, pair.Partner, pair.Flow, "relative", null, null, multiplier, null, null, byYear, horizon, q,
            people.Value.SpeakerOf(s), false, EvidenceOf(doc, s));
    }

    private static string PairKey(string a, string b, string flow) =>
        flow == Flows.Total ? (string.CompareOrdinal(a, b) < 0 ? $"{a}-{b}" : $"{b}-{a}") + ":total"
        : flow == Flows.Exports ? $"{a}>{b}" : $"{b}>{a}";

    // A relative target's implied level comes from the latest yearly figure for the same pair and flow.
    private static void LinkBases(Document doc, List<Draft> volumes, List<Draft> targets)
    {
        foreach (var t in targets)
        {
            var f = t.Target!;
            if (f.Kind != "relative") continue;
            var key = PairKey(f.Reporter, f.Partner, f.Flow);
            var baseFact = volumes.Select(v => v.Volume!)
                .Where(v => PairKey(v.Reporter, v.Partner, v.Flow) == key && (doc.Year is null || v.Year <= doc.Year))
                .OrderByDescending(v => v.Year).FirstOrDefault();
            if (baseFact is null) continue;
            t.Target = f with
            {
                Value = decimal.Round(baseFact.Value * f.Multiplier!.Value, 0), Currency = baseFact.Currency,
                BaseValue = baseFact.Value, BaseYear = baseFact.Year,
            };
        }
    }

    private static bool Close(decimal? a, decimal? b) =>
        a is not null && b is not null && Math.Abs(a.Value - b.Value) <= 0.005m * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));

    // Body facts first, so a headline that restates the body adds nothing; keyed, so a huge document stays linear.
    private static List<VolumeFact> MergeVolumes(List<Draft> drafts)
    {
        var seen = new HashSet<(string, int, string, decimal)>();
        var result = new List<VolumeFact>();
        foreach (var v in drafts.OrderBy(d => d.Sentence.Headline).Select(d => d.Volume!))
            if (seen.Add((PairKey(v.Reporter, v.Partner, v.Flow), v.Year, v.Currency, decimal.Round(v.Value, 0)))) result.Add(v);
        return result.OrderBy(v => v.Evidence.Start).ToList();
    }

    private static List<TargetFact> MergeTargets(List<Draft> drafts)
    {
        var result = new List<TargetFact>();
        var byPair = new Dictionary<string, List<TargetFact>>();
        foreach (var t in drafts.OrderBy(d => d.Sentence.Headline).Select(d => d.Target!))
        {
            // "A $100 billion target" and "we want to double it" (from $50 billion) state one goal: same pair, same level.
            var key = PairKey(t.Reporter, t.Partner, t.Flow);
            if (!byPair.TryGetValue(key, out var same)) byPair[key] = same = [];
            // A headline's "to double UK-China trade" restates the body's "double trade to $100 billion by 2015".
            if (same.Any(r => Close(r.Value, t.Value) || (r.Multiplier is not null && r.Multiplier == t.Multiplier && (r.Value is null || t.Value is null)))) continue;
            same.Add(t);
            result.Add(t);
        }
        return result.OrderBy(t => t.Evidence.Start).ToList();
    }
}
