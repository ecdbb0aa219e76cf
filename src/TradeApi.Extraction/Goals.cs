using static TradeApi.Extraction.Pairs;
using static TradeApi.Extraction.Extractor;
using static TradeApi.Extraction.Years;

namespace TradeApi.Extraction;

// Targets: whether a figure is an aim someone commits to, multiples ("double it"), their bases, and one goal stated twice.
internal static class Goals
{
    // A target is an aim someone commits to: intent words govern the figure ("agreed to raise trade to"), a goal noun follows it
    // ("the $200 billion goal"), a "will" the sentence frames as a goal ("we have set benchmarks: trade will reach"), a figure
    // coordinated with the target before it, or "to $X by 2030" with no forecast and no past verb before it.
    internal static bool IsTarget(Document doc, Sentence s, ReadOnlySpan<char> l, ReadOnlySpan<char> r, ReadOnlySpan<char> clause, ReadOnlySpan<char> rNear, bool afterTarget)
    {
        // "In order to enhance cross-border and homeland security, India will buy hi-tech weapons of over USD 3 billion": the purpose a
        // sentence opens with is the reason for what its main clause does, and aims at none of the figures after its comma.
        foreach (var p in Patterns.PurposeOpening().EnumerateMatches(l))
        {
            l = l[(p.Index + p.Length)..];
            break;
        }
        if (l.Length > Roles.MaxClause) l = l[^Roles.MaxClause..];
        // "The counterparts noted the possibility for increasing the trade turnover volume to $500 million by 2020": a gerund after a
        // possibility or an opportunity names what could be, not what anyone aims at (unless a goal word follows it).
        if (Patterns.Has(l, Patterns.PossibilityCue) && Patterns.PossibilityOf().IsMatch(l)) return false;
        // "Even if Belize is able to boost trade to $14 million within 5 years, the trade deficit ... would not be narrow enough": a figure
        // inside a condition is supposed, not aimed at (unless the condition names a goal: "if we are to meet the $10 billion target").
        if (l.Contains("if ", StringComparison.OrdinalIgnoreCase) && Patterns.ConditionBefore().IsMatch(l)) return false;
        // "commitment to revitalizing the trade relations ..., highlighting the noticeable decline in bilateral trade volume from over $10
        // billion to $1.6 billion": the end of a fall is where trade went, no aim.
        if (Patterns.Has(l, Patterns.FallCue) && Patterns.FallFromTo().IsMatch(l.Length > 160 ? l[^160..] : l)) return false;
        // "We hope to achieve the record figure of $10 billion in exports by the end of the second half of the year": a hope for the year
        // under way projects it, as a forecast does; a hope for a later year is a goal.
        // (One reading of the horizon: with a date, "this year" is that date's year.)
        if (l.Contains("hope", StringComparison.OrdinalIgnoreCase) && (doc.Year is { } under ? HorizonOf(rNear, under).ByYear == under : HorizonIsThisYear(rNear)))
            return false;
        if (Patterns.GoalAfter().IsMatch(r) || IntentGoverns(l)) return true;
        if (afterTarget && Patterns.CoordinatedAfterTarget().IsMatch(l)) return true;
        // "stood at €5.6 billion, growing to €6.3 billion by 2021" in a text with no date: a participle right after a level goes on with its
        // series, no goal (in a dated text a "by" year already tells a level reached from a goal).
        if (doc.Year is null && Patterns.SeriesParticiple().IsMatch(l)) return false;
        var trimmed = l.TrimEnd();
        var toFigure = trimmed.EndsWith(" to", StringComparison.Ordinal) || trimmed.EndsWith(" to reach", StringComparison.Ordinal);
        var will = Patterns.Has(l, Patterns.WillCue) && Patterns.Will().IsMatch(l);
        if (!toFigure && !will) return false;
        if (Patterns.Has(clause, Patterns.ForecastCue) && Patterns.Forecast().IsMatch(clause)) return false;
        var horizon = HorizonOf(rNear, doc.Year);
        if (will)
        {
            // The sentence frames it; a run-on "sentence" is not read whole for every figure.
            var sentence = doc.Text.AsSpan(s.Start, s.End - s.Start);
            if (sentence.Length > 2 * Roles.MaxClause) sentence = l;
            // "by the end of this year, trade turnover will reach $7.5 billion": the year under way projected from its first months.
            if (doc.Year is { } now && (horizon.ByYear == now || HorizonOf(l, now).ByYear == now)) return false;
            // So in a text with no date: "Trade will go up to just over EUR2.6 billion by the end of the year, and the target is five billion".
            if (doc.Year is null && (HorizonIsThisYear(rNear) || HorizonIsThisYear(l))) return false;
            if (Patterns.WillFramedAsGoal().IsMatch(sentence)) return true;
            // "President X said trade would reach $10 billion by 2025": a leader's dated "will" in reported speech states the goal;
            // analysts' and officials' ones are forecasts.
            if (Patterns.LeaderSays().IsMatch(sentence) && !Patterns.Forecaster().IsMatch(sentence)
                && horizon is { ByYear: { } year, Words: { } w } && w.StartsWith("by", StringComparison.OrdinalIgnoreCase)
                && (doc.Year is null || year > doc.Year))
                return true;
            // "China-Russia trade will grow to $80 billion by the end of the year, a ministry spokesman said": trade as the subject of
            // "will", with no one committing to it, is a forecast.
            if (Patterns.FlowWillBefore().IsMatch(l.Length > 120 ? l[^120..] : l)) return false;
        }
        if (!toFigure || Patterns.PastBeforeTo().IsMatch(l.Length > 80 ? l[^80..] : l)) return false;
        return horizon is { ByYear: { } by, Words: { } words }
            && (words.StartsWith("by", StringComparison.OrdinalIgnoreCase) || words.StartsWith("within", StringComparison.OrdinalIgnoreCase) ? doc.Year is null || by >= doc.Year : doc.Year is not null && by > doc.Year);
    }

    internal static bool IntentGoverns(ReadOnlySpan<char> l)
    {
        if (!Patterns.Has(l, Patterns.IntentCue)) return false;
        var last = -1;
        var len = 0;
        foreach (var m in Patterns.Intent().EnumerateMatches(l)) { last = m.Index; len = m.Length; }
        if (last < 0) return false;
        if (l[last..].StartsWith("to ", StringComparison.OrdinalIgnoreCase) && Patterns.ForecastBeforeTo().IsMatch(l[Math.Max(0, last - 20)..last])) return false;
        // "trade continued to grow, with exports expected to surge to $10 billion by 2030": a forecast between the intent and the figure
        // is what governs the figure.
        var since = l[(last + len)..];
        // "I want to note that trade rose to USD 1 billion in 2022", "I would like to stress": what one wishes to say is said, no aim.
        if (Patterns.SpeechActAfterIntent().IsMatch(since)) return false;
        // "Vucic expressed hope that this visit would be fruitful, while Erdogan expressed confidence that trade could exceed 1.5 billion
        // euros": a contrasting clause after the intent's has a subject and a verb of its own.
        if (Patterns.ContrastingClause().IsMatch(since)) return false;
        // "seeks to increase the volume of trade ..., which stands at $1.5 billion annually": a relative clause that states where trade
        // is now describes the starting point, not the aim.
        if (Patterns.PresentLevelBefore().IsMatch(since) || Patterns.PerfectRelativeBefore().IsMatch(since)) return false;
        // "The country intends to expand this list, since we are able to increase the mutual trade with Afghanistan up to US$3 billion": a
        // capacity between the intent and the figure is what governs the figure, and it aims at nothing.
        if (since.Contains(" able to ", StringComparison.OrdinalIgnoreCase) && Patterns.CapacityBefore().IsMatch(since)) return false;
        // "expressing his hope that the trade volume could increase to $10 billion": what is hoped for may be put with "could".
        var hope = l.Slice(last, len).Contains("hope", StringComparison.OrdinalIgnoreCase);
        if (Patterns.Has(since, Patterns.ForecastCue))
            foreach (var f in Patterns.Forecast().EnumerateMatches(since))
                if (!(hope && since.Slice(f.Index, f.Length) is "could" or "may" or "might")) return false;
        var goalNoun = Patterns.GoalAfter().IsMatch(l[last..]);
        // "the target had been increased to $2 billion in the short term": a goal raised to the figure names it.
        if (l.Slice(last, len) is var word && (word.StartsWith("target", StringComparison.OrdinalIgnoreCase) || word.StartsWith("goal", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("objective", StringComparison.OrdinalIgnoreCase)) && Patterns.GoalRaisedAfterNoun().IsMatch(since)) return true;
        foreach (var v in Patterns.PastVolumeVerb().EnumerateMatches(l[(last + len)..]))
        {
            // "Our goal is two-way trade of $30 billion by 2020": the copula right after a goal noun names the goal; so does one after an
            // adverb of time ("and the target now is $1 billion").
            if (goalNoun && (v.Index <= 1 || Patterns.TimeAdverbOnly().IsMatch(l.Slice(last + len, v.Index))) && l.Slice(last + len + v.Index, v.Length) is "is" or "was" or "are" or "were") continue;
            // "the trade volume should be increased to 1 billion EUR": a passive after the modal is the movement aimed at, not one reported.
            if (IsPassiveBe(l[(last + len)..(last + len + v.Index)])) continue;
            // "Several priorities were highlighted by the ministers, particularly, raising trade to $3 billion": a copula of a verb of
            // speech in the passive states what was said, no level.
            if (Patterns.SaidInPassive().IsMatch(l[(last + len + v.Index + v.Length)..])) continue;
            // "the goal was to raise ..." keeps the intent; "... said trade reached" does not, nor "It should be noted that trade
            // amounted to" (a verb of a level before "to" is no copula).
            var rest = l[(last + len + v.Index + v.Length)..].TrimStart();
            if (!rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase) || l.Slice(last + len + v.Index, v.Length) is not ("is" or "was" or "were")) return false;
        }
        return true;
    }

    // Words ending in "be" right before a verb: "should be (increased)".
    private static bool IsPassiveBe(ReadOnlySpan<char> before) => before.TrimEnd().EndsWith("be", StringComparison.OrdinalIgnoreCase);

    // The multiple a goal's clause names: "double" 2, "triple" 3, "fivefold" 5; null when it names none.
    internal static decimal? MultipleIn(ReadOnlySpan<char> clause)
    {
        if (!Patterns.Has(clause, Patterns.MultipleCue)) return null;
        var m = Patterns.Multiple().Match(clause.ToString());
        if (!m.Success) return null;
        if (m.Groups["w"].Success) return MultipleWord(m.Groups["w"].Value);
        return decimal.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
            : NumberWord(m.Groups["n"].Value) is > 1 and var w ? w : null;
    }

    // The words a multiple governs: "double [two-way investment] by 2030" (up to a comma, a preposition of time or the clause's end).
    private static string ObjectAfter(ReadOnlySpan<char> after)
    {
        var o = after.Length > 60 ? after[..60] : after;
        var cut = o.IndexOfAny(",.;");
        if (cut >= 0) o = o[..cut];
        foreach (var stop in (ReadOnlySpan<string>)[" by ", " to ", " within ", " in the ", " over ", " from ", " and "])
            if (o.IndexOf(stop, StringComparison.OrdinalIgnoreCase) is >= 0 and var i) o = o[..i];
        return o.ToString();
    }

    private static decimal MultipleOf(System.Text.RegularExpressions.Match mm) => mm.Groups["w"].Success
        ? MultipleWord(mm.Groups["w"].Value)
        : decimal.TryParse(mm.Groups["n"].Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : NumberWord(mm.Groups["n"].Value);

    /// <summary>True when one of the two sentences after a multiple states the same multiple for a sector's trade: "India and the UAE are
    /// aiming to double their bilateral trade" then "a target to double bilateral trade in non-oil and non-precious metal to $100 billion"
    /// is one goal, the sector's, its qualifier left out of the lead.</summary>
    internal static bool RestatedForSector(Document doc, Sentence s, decimal multiple)
    {
        for (var i = s.Index + 1; i <= s.Index + 2 && i < doc.Sentences.Count; i++)
        {
            var next = doc.Text.AsSpan(doc.Sentences[i].Start, doc.Sentences[i].End - doc.Sentences[i].Start);
            if (!Patterns.Has(next, Patterns.MultipleCue)) continue;
            var text = next.ToString();
            foreach (System.Text.RegularExpressions.Match mm in Patterns.Multiple().Matches(text))
                if (MultipleOf(mm) == multiple && Roles.IsSectorFlow(ObjectAfter(text.AsSpan(mm.Index + mm.Length)))) return true;
        }
        return false;
    }

    // "double", "doubling" 2; "triple", "treble" 3; "quadruple" 4; "quintuple" 5.
    private static decimal MultipleWord(string word) => word.ToLowerInvariant()[..4] switch { "doub" => 2, "trip" or "treb" => 3, "quad" => 4, _ => 5 };

    internal static TargetFact? RelativeTarget(Document doc, Sentence s, ReadOnlySpan<char> span, Clause? lastPair, Lazy<People> people, bool worldFigureLast = false)
    {
        if (!Patterns.Has(span, Patterns.MultipleCue) && !Patterns.Has(span, Patterns.IncreaseCue)) return null;
        var text = span.ToString();
        decimal multiplier;
        string qualifierWords;
        int at;
        string goalObject;
        var mm = Patterns.Multiple().Match(text);
        if (mm.Success)
        {
            multiplier = MultipleOf(mm);
            qualifierWords = mm.Groups["q"].Value;
            at = mm.Index;
            goalObject = ObjectAfter(text.AsSpan(mm.Index + mm.Length));
            // "boosting investment from India, its biggest trading partner, by 10-fold": a multiple after "by" multiplies the object of
            // the verb before it.
            if (Patterns.ObjectBeforeBy().Match(text, 0, mm.Index) is { Success: true } ob) goalObject = ObjectAfter(ob.Groups["obj"].ValueSpan);
        }
        else
        {
            var pm = Patterns.PercentIncrease().Match(text);
            if (!pm.Success) return null;
            // "wants to increase its share to 40 percent": a percentage something is raised to is a level of a share, no multiple.
            if (pm.Groups["obj"].ValueSpan.TrimEnd().EndsWith(" to", StringComparison.OrdinalIgnoreCase)) return null;
            // "boost the trade volume by 30% on an annual basis", "grow trade by a third each year": a rate of growth each year is no
            // one-time multiple of the trade.
            if (Patterns.RateOfEachYear().IsMatch(text.AsSpan(pm.Index + pm.Length))) return null;
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
            goalObject = pm.Groups["obj"].Value;
        }
        if (multiplier <= 1) return null;
        var before = text.AsSpan(0, at);
        // "aim for a $500 billion economic relationship, a more than tenfold increase on today's trade": a multiple in apposition to a
        // figure describes that figure, which is read (or left out) as what it is.
        if (Patterns.AppositiveBefore().IsMatch(before))
            for (var i = s.MoneyFrom; i < s.MoneyTo; i++)
                if (doc.Monies[i].End - s.Start is var end && end <= at && at - end <= 60) return null;
        if (!Patterns.Intent().IsMatch(before) && !(before.TrimEnd().EndsWith(" to", StringComparison.OrdinalIgnoreCase) && !Patterns.UnderWayTo().IsMatch(before))
            && !(Patterns.Will().IsMatch(before) && Patterns.WillFramedAsGoal().IsMatch(text) && !Patterns.Forecast().IsMatch(before))) return null;
        if (Patterns.NonTrade().IsMatch(text) && !Patterns.FlowWord().IsMatch(text)) return null;
        // "In January-August 2023, the two countries will almost triple their trade turnover compared to the same period last year": a
        // multiple measured against the same months of an earlier year is a change being reported, not a goal.
        if (Patterns.SamePeriodOfAnotherYear().IsMatch(text.AsSpan(at))) return null;
        // "to double two-way investment", "increase tourism by 50 percent": what is multiplied is named right after the verb, and a
        // goal for something other than trade is no trade goal, whatever else the sentence says of trade.
        if (Patterns.NonTrade().IsMatch(goalObject) && !Patterns.TradeNoun().IsMatch(goalObject)) return null;
        // "double their non-petroleum bilateral trade", "double agricultural exports": a sector's goal is not the pair's.
        if (Roles.IsSectorFlow(goalObject)) return null;
        // "aspires to triple its global export of goods", "double trade with the EU": the world's or a bloc's goal is no pair's.
        if (Patterns.BlocOrWorld().IsMatch(goalObject)) return null;
        // "The UAE's non-oil foreign trade hit Dh1.9 trillion. ... Our goal is to double this figure": a multiple of the last figure read,
        // when that was the world's or a bloc's, is no pair's.
        if (worldFigureLast && Patterns.FigureReferentObject().IsMatch(goalObject)) return null;
        // "the National Export Initiative, which aims to double US exports during the next five years": one named country's exports or
        // imports with no partner after them are its trade with the world.
        if (Patterns.OwnFlowObject().IsMatch(goalObject) && !Patterns.FlowPartnerAfter().IsMatch(text.AsSpan(at, Math.Min(120, text.Length - at)))) return null;
        // "The deal is expected to increase trade by 53%": what a deal or a forecaster expects is no one's goal.
        var governing = before.Length > 80 ? before[^80..] : before;
        // Only the clause that governs the multiple: "we have a huge potential and we should double it" is the speakers' goal.
        var cut = Math.Max(Math.Max(governing.LastIndexOf(','), governing.LastIndexOf(';')), Math.Max(governing.LastIndexOf(" and "), governing.LastIndexOf(" but ")));
        if (cut >= 0) governing = governing[(cut + 1)..];
        if (Patterns.Has(governing, Patterns.ForecastCue) && Patterns.Forecast().IsMatch(governing) && !Patterns.WeBefore().IsMatch(governing)) return null;

        var (c1, c2) = Patterns.BlocOrWorld().IsMatch(text) ? (null, null) : FirstTwo(doc.CountriesIn(s, s.Start, s.End));
        Clause? pair = null;
        if (c2 is not null && Patterns.FlowWord().IsMatch(text)) pair = new Clause(c1!, c2, Flows.Total);
        else if (Patterns.Referent().IsMatch(text) || Patterns.FlowWord().IsMatch(text))
            pair = lastPair is not null ? lastPair with { Flow = Flows.Total } : doc.PairUnderDiscussion is { } mp ? new Clause(mp.A, mp.B, Flows.Total) : null;
        if (pair is null) return null;
        pair = SideFlowOf(doc, s, text, at, goalObject, c1, c2, pair) ?? pair;

        var stated = StatedIn(doc, s) ?? doc.Year;
        var (byYear, horizon) = HorizonOf(text.AsSpan(at), stated) is { Words: not null } h ? h : HorizonOf(before, stated);
        // "By the end of the year we will increase this figure by 20 percent": a "will" for the year under way is a projection.
        if (byYear is not null && byYear == doc.Year && !Patterns.Intent().IsMatch(before) && !before.TrimEnd().EndsWith(" to", StringComparison.OrdinalIgnoreCase)) return null;
        // "double bilateral trade from the existing USD 56 billion": the base the multiple starts from, stated in the same sentence.
        MoneyMention? baseFigure = null;
        for (var i = s.MoneyFrom; i < s.MoneyTo && baseFigure is null; i++)
        {
            var m = doc.Monies[i];
            var left = i > s.MoneyFrom ? doc.Monies[i - 1].End : s.Start;
            if (m.Start - s.Start > at && m.Value >= 10_000 && IsFromFigure(doc.Text.AsSpan(left, m.Start - left))) baseFigure = m;
        }
        var q = Spaced(qualifierWords.Trim()) switch
        {
            "at least" or "no less than" => Qualifiers.AtLeast,
            "more than" => Qualifiers.MoreThan,
            "nearly" or "almost" or "about" or "around" => Qualifiers.Approximately,
            _ => Qualifiers.Exact,
        };
        return new TargetFact(pair.Reporter, pair.Partner, pair.Flow, "relative",
            baseFigure is { } b ? decimal.Round(b.Value * multiplier, 0) : null, baseFigure is { } c ? doc.CurrencyOf(c) : null, multiplier,
            baseFigure?.Value, null, byYear, horizon, q, people.Value.SpeakerOf(s), false, EvidenceOf(doc, s));
    }

    // A relative target's implied level comes from the latest yearly figure for the same pair and flow; not from one a change is measured
    // from ("reaching $10 billion in the last year, up from $1 billion in 2000"): that is an old level, whatever else has a year.
    internal static void LinkBases(Document doc, List<Draft> volumes, List<Draft> targets)
    {
        foreach (var t in targets)
        {
            var f = t.Target!;
            if (f.Kind != "relative" || f.BaseValue is not null) continue;
            var key = PairKey(f.Reporter, f.Partner, f.Flow);
            // A statement dated before the text ("Last year, ... said") starts from the level of a year before it.
            var stated = StatedIn(doc, t.Sentence);
            var baseFact = volumes.Where(v => !MeasuredFrom(doc, v)).Select(v => v.Volume!)
                .Where(v => PairKey(v.Reporter, v.Partner, v.Flow) == key && (stated is { } said ? v.Year < said : doc.Year is null || v.Year <= doc.Year))
                .OrderByDescending(v => v.Year).FirstOrDefault();
            if (baseFact is null) continue;
            t.Target = f with
            {
                Value = decimal.Round(baseFact.Value * f.Multiplier!.Value, 0), Currency = baseFact.Currency,
                BaseValue = baseFact.Value, BaseYear = baseFact.Year,
            };
        }
    }

    private static bool MeasuredFrom(Document doc, Draft v)
    {
        if (v.Figure < 0) return false;
        var s = v.Sentence;
        var left = v.Figure > s.MoneyFrom ? doc.Monies[v.Figure - 1].End : s.Start;
        return IsFromBase(doc.Text.AsSpan(left, doc.Monies[v.Figure].Start - left));
    }

    // "New Zealand aims to double its exports to the Philippines", "New Zealand to double exports" (a title over a text about both), "The
    // goal is to double the exports as part of New Zealand's ...": a multiple of one side's exports or imports is that flow's goal.
    // The first country after "exports to" ("imports from") is the partner; else the one side the sentence names is the reporter.
    private static Clause? SideFlowOf(Document doc, Sentence s, string text, int at, string goalObject, string? c1, string? c2, Clause pair)
    {
        if (Patterns.FlowObject().Match(goalObject) is not { Success: true } own) return null;
        var flow = FlowOfTrader(own.Groups["f"].Value);
        string? partner = null;
        if (Patterns.FlowPartnerWord().Match(text, at) is { Success: true } to
            && s.Start + to.Index + to.Length is var start && doc.CountriesIn(s, start, Math.Min(s.End, start + 40)) is { Length: > 0 } after)
            partner = after[0].Iso3;
        var named = partner ?? (c2 is null ? c1 : null);
        if (named != pair.Reporter && named != pair.Partner) return null;
        var other = named == pair.Reporter ? pair.Partner : pair.Reporter;
        return partner is not null ? new Clause(other, partner, flow) : new Clause(named!, other, flow);
    }

    internal static List<TargetFact> MergeTargets(List<Draft> drafts)
    {
        var result = new List<TargetFact>();
        var byPair = new Dictionary<string, List<TargetFact>>();
        foreach (var d in drafts.OrderBy(d => d.Sentence.Headline))
        {
            var t = d.Target!;
            // "A $100 billion target" and "we want to double it" (from $50 billion) state one goal: same pair, same level.
            var key = PairKey(t.Reporter, t.Partner, t.Flow);
            if (!byPair.TryGetValue(key, out var same)) byPair[key] = same = [];
            // A headline's "to double UK-China trade" restates the body's "double trade to $100 billion by 2015".
            // "a goal of 30 billion euros" and "had agreed on 30 billion dollars by 2016": one number in two currencies is two goals.
            var first = same.FindIndex(r => (Close(r.Value, t.Value) && (r.Currency is null || t.Currency is null || r.Currency == t.Currency)) || (r.Multiplier is not null && r.Multiplier == t.Multiplier && (r.Value is null || t.Value is null))
                // "increase bilateral trade 66 percent in the next five years" and "a new target of $100 billion by 2015": a multiple with no
                // level and a level for the same year are one goal.
                || (r.ByYear is not null && r.ByYear == t.ByYear && (r.Value is null) != (t.Value is null) && (r.Kind == "relative" || t.Kind == "relative"))
                // "double two-way trade by 2030" (from the 2022 level) and "doubling bilateral trade to US$150 billion by 2030": the same
                // multiple by the same year is one goal, whose stated level stands.
                || (r.Multiplier is not null && r.Multiplier == t.Multiplier && r.ByYear == t.ByYear && (r.Kind == "relative") != (t.Kind == "relative"))
                // "to 551 billion baht by 2025" ... "to US$15 billion (551 billion baht) by 2025": a goal in the currency another goal is
                // restated in is that goal.
                || RestatedAs(r, t) || RestatedAs(t, r)
                // "Sri Lanka, Russia Aim To Almost Double Trade" over "committed to increasing their trade to $700 million annually": a
                // headline's multiple names the body's goal for the same trade, not a second one (unless their deadlines differ).
                || (d.Sentence.Headline && t.Kind == "relative" && (t.ByYear is null || r.ByYear is null || t.ByYear == r.ByYear)));
            if (first >= 0)
            {
                // The restatement completes what the first statement left unsaid: "will double trade" ... "a target of doubling it by 2030";
                // a level stated for a goal first given as a multiple becomes its level; the statement that gives the other currency in
                // brackets is the one kept.
                var r = same[first];
                var kept = RestatedAs(t, r) ? t
                    : (r.Value is null || r.Kind == "relative" && t.Kind != "relative") && t.Value is not null ? t with { Multiplier = t.Multiplier ?? r.Multiplier } : r;
                var other = ReferenceEquals(kept, r) ? t : r;
                // "to increase bilateral trade to US$30 billion within the next five years" ... "a target ... to reach US$30 billion by 2022":
                // a deadline written as a year outweighs one counted from the text's date.
                var otherDeadline = other.ByYear is not null && (kept.ByYear is null
                    || (other.Horizon is { } oh && Patterns.Year().IsMatch(oh) && !(kept.Horizon is { } kh && Patterns.Year().IsMatch(kh))));
                var completed = kept with
                {
                    ByYear = otherDeadline ? other.ByYear : kept.ByYear, Horizon = otherDeadline ? other.Horizon : kept.Horizon,
                    Speaker = kept.Speaker ?? other.Speaker,
                };
                if (completed != r)
                {
                    same[first] = completed;
                    result[result.IndexOf(r)] = completed;
                }
                continue;
            }
            same.Add(t);
            result.Add(t);
        }
        return result.OrderBy(t => t.Evidence.Start).ToList();
    }

    // Whether goal a restates, in brackets, the level of goal b.
    private static bool RestatedAs(TargetFact a, TargetFact b) => a.Restated is { } r && Close(r.Value, b.Value);
}
