using System.Text.RegularExpressions;
using static TradeApi.Extraction.Extractor;
using static TradeApi.Extraction.Years;

namespace TradeApi.Extraction;

// Who trades with whom, and which way: the pair and direction of a figure from the countries, flow words, rankings and lists around it.
internal static class Pairs
{
    internal sealed record Clause(string Reporter, string Partner, string Flow);

    // Money is trade when a trade word is nearer to it than any word for investment, loans, deals and the like.
    internal static (int At, int Length) LastFlowWord(ReadOnlySpan<char> l)
    {
        (int At, int Length) last = (-1, 0);
        bool directed = false, lastExport = false;
        foreach (var fm in Patterns.FlowWord().EnumerateMatches(l))
        {
            // "exported goods to Viet Nam", "Imports of goods from Japan": "goods" names what flows, the verb or noun before it the direction.
            var word = l.Slice(fm.Index, fm.Length);
            // "Total trade in goods and services (exports plus imports) between the UK and India": a gloss in brackets names no flow.
            if (last.At >= 0 && l[..fm.Index].LastIndexOf('(') > l[..fm.Index].LastIndexOf(')') && l[fm.Index..].IndexOf(')') >= 0) continue;
            // "Purchases of U.S. goods and services by Kenya", "exports of Chinese merchandise": a name between them changes nothing; nor
            // does "the top market for its manufactured goods" in an aside after "Brazil's exports to Argentina".
            if (directed && (word.Equals("goods", StringComparison.OrdinalIgnoreCase) || word.Equals("merchandise", StringComparison.OrdinalIgnoreCase))) continue;
            // "Brazil's exports to Argentina, its third largest trade partner after China, fell to ...": a partner ranked by trade names
            // no flow of the figure; the direction before it stands.
            if (directed && l[(fm.Index + fm.Length)..].TrimStart().StartsWith("partner", StringComparison.OrdinalIgnoreCase)) continue;
            // "Vietnam's export turnover to South Korea reached $21.9 billion": "turnover" right after "export" is the export's value.
            if (directed && fm.Index - (last.At + last.Length) <= 1 && word.Equals("turnover", StringComparison.OrdinalIgnoreCase)) continue;
            var export = Patterns.ExportWord().IsMatch(word);
            var import = !export && Patterns.ImportWord().IsMatch(word);
            // "import-export turnover", "both imports and exports": the two directions joined are two-way trade, read as one word of it
            // (not "exports and imports were $5 billion and $3 billion respectively", each its own).
            if (directed && (export || import) && export != lastExport
                && Patterns.BothDirectionsJoin().Match(l[(last.At + last.Length)..fm.Index].ToString()) is { Success: true } join
                && (join.Groups["mark"].Success || l[..last.At].TrimEnd().EndsWith("both", StringComparison.OrdinalIgnoreCase)
                    || Patterns.TotalNounAfter().IsMatch(l[(fm.Index + fm.Length)..])))
            {
                last = (last.At, fm.Index + fm.Length - last.At);
                directed = false;
                continue;
            }
            last = (fm.Index, fm.Length);
            directed = export || import;
            lastExport = export;
        }
        return last;
    }

    internal static bool IsTrade(ReadOnlySpan<char> l, ReadOnlySpan<char> r, int lastTrade, bool continuesFigure, out bool referent)
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
        // "both nations are promoting a series of projects to reach 12 billion dollars in trade exchange": trade named right after the
        // figure is what the figure measures, whatever money noun the clause named before it (not "to invest $1 billion in trade").
        if (Patterns.TradeNamedAfter().IsMatch(head) && !Patterns.MoneyVerbBefore().IsMatch(l.Length > 60 ? l[^60..] : l)) return true;
        var lastNon = -1;
        // "Sri Lanka's export earnings", "our export revenue": what a flow earns is the flow's value, not money of another kind.
        foreach (var nm in Patterns.NonTrade().EnumerateMatches(l))
            if (!Patterns.FlowEarningsBefore().IsMatch(l[..nm.Index])) lastNon = nm.Index;
        if (lastNon > lastTrade) return false;
        if (lastTrade >= 0) return true;
        // "products worth $5 billion were exported to Chile": the verb after the figure makes it trade (not "sold", said of shares too).
        if (Patterns.TradeAfter().IsMatch(head)) return true;
        // "$58.6 billion in Thai exports to the United States": a named country's flow right after the figure.
        if (Patterns.FlowAfterFigure().IsMatch(near)) return true;
        // "South Africa recorded R22.8bn imports from Nigeria", "$2 billion in exports to Japan": a flow and its partner right after it.
        if (Patterns.FlowToPartnerAfterFigure().IsMatch(near)) return true;
        // "After hitting USD 22 billion in 2012, the trade volume declined": an opening participle's figure is its main clause's subject's.
        // Like "the trade" with no side named, it is the trade of the pair under discussion.
        if (Patterns.OpeningParticiple().IsMatch(l) && Patterns.TradeSubjectAfterComma().IsMatch(r)) return referent = true;
        foreach (var pm in Patterns.PassiveFlowAfterFigure().EnumerateMatches(head))
        {
            var verb = head.Slice(pm.Index, pm.Length);
            if (!verb.EndsWith("sold", StringComparison.Ordinal) && !verb.EndsWith("bought", StringComparison.Ordinal) && !verb.EndsWith("purchased", StringComparison.Ordinal))
                return true;
            break;
        }
        if (lastNon >= 0) return false;
        // "... from $128.6 billion a year earlier", "beating the $200 billion goal": the figure continues the clause before it.
        if (continuesFigure) return true;
        referent = Patterns.Referent().IsMatch(l) || Patterns.PronounOpening().IsMatch(l);
        return referent;
    }

    // Who trades with whom in the clause that ends at the figure.
    internal static Clause? ResolvePair(Document doc, Sentence s, int left, int moneyStart, int moneyEnd, int right, int flowAt, int flowLength,
        Clause? prev, Clause? lastPair, bool referent, Clause? recent, string? perspective, bool worldContext, decimal? ofRecentTotal, out bool world)
    {
        world = false;
        var text = doc.Text;
        // "largest partner was Mexico ($798 billion), followed by Canada ($782 billion)": each bracketed figure is the trade of the
        // country before it with the one whose partners these are (the possessor, or the side the text reports from); if none, nothing.
        // "30 billion US dollars worth of UK exports to China": the flow and its sides follow the figure.
        if (FlowAfter(doc, s, moneyEnd, right, perspective) is { } following) return following;
        // "Trade volume in 2019 was at $1.9 billion dollars between both countries, rose to $2.0 billion in 2020, taking over then from
        // South Africa as Indonesia's African largest trading partner": a referent to the pair right after the figure, no country named
        // before it in its clause nor a direction, is the pair under discussion, whatever countries the sentence names after.
        if ((flowAt < 0 || FlowOfWord(text.AsSpan(left + flowAt, flowLength)) == Flows.Total)
            && Patterns.BetweenThePairAfterFigure().IsMatch(text.AsSpan(moneyEnd, Math.Min(right, moneyEnd + 40) - moneyEnd))
            && doc.CountriesIn(s, left, moneyStart).Length == 0
            && (lastPair ?? (doc.PairUnderDiscussion is { } about ? new Clause(about.A, about.B, Flows.Total) : null)) is { } discussed)
            return discussed with { Flow = Flows.Total };
        // "Sri Lanka imported goods worth USD355m from Thailand and exported USD59m": a flow verb coordinated after a figure, with no
        // subject of its own, is the same trader's, with the same partner, in the direction the verb says.
        if (prev is { Flow: Flows.Exports or Flows.Imports } && moneyStart - left > 0
            && Patterns.CoordinatedFlowVerb().Match(text, Math.Max(left, moneyStart - 80), moneyStart - Math.Max(left, moneyStart - 80)) is { Success: true } verb)
            // "... exported 2.3 billion euros to Angola and imported 1 billion euros from Mozambique": a partner named right after the
            // figure is the verb's own.
            return prev with
            {
                Flow = verb.Groups["exp"].Success ? Flows.Exports : Flows.Imports,
                Partner = Patterns.PartnerRightAfterFigure().Match(text, moneyEnd, right - moneyEnd) is { Success: true } verbPartner
                    && doc.CountriesIn(s, verbPartner.Index + verbPartner.Length, right) is [var named, ..] && named.Start == verbPartner.Index + verbPartner.Length
                    ? named.Iso3 : prev.Partner,
            };
        // "exports to the United States fell 4 per cent to $1.67 billion and to the United Kingdom by 10 per cent to $490 million": a flow
        // left out after "and" keeps the trader and the direction of the clause before; its preposition names the new partner, and a
        // partner that is no country ("and to markets such as France") makes no pair.
        if (flowAt < 0 && prev is { Flow: Flows.Exports or Flows.Imports } && Patterns.ElidedFlowPartner().Match(text, left, moneyStart - left) is { Success: true } elided
            && elided.Groups["p"].Value.Equals(prev.Flow == Flows.Exports ? "to" : "from", StringComparison.OrdinalIgnoreCase))
            return doc.CountriesIn(s, elided.Index + elided.Length, moneyStart) is { Length: > 0 } named && named[0].Start == elided.Index + elided.Length
                ? prev with { Partner = named[0].Iso3 } : null;
        // "Kenya exported goods worth 804 million dollars to Uganda, 424 million dollars to Tanzania, and 309 million dollars to Rwanda":
        // a figure listed after the item before keeps its trader and direction, and its preposition names its own partner.
        if (prev is { Flow: Flows.Exports or Flows.Imports } && ListedAfterFigure(doc, s, moneyStart)
            && Patterns.PartnerRightAfterFigure().Match(text, moneyEnd, right - moneyEnd) is { Success: true } own
            && doc.CountriesIn(s, own.Index + own.Length, right) is { Length: > 0 } ownPartner)
            return prev with { Partner = ownPartner[0].Iso3 };
        // "Sri Lanka targets a 20 billion dollar export market in 2020": a flow right after the figure, in a sentence that names one
        // country, is that country's trade with the world; "Bangladesh's trade with India reached $10 billion, including $2 billion of
        // exports": with the pair named, it is the pair's flow in that direction, not another total.
        var ownFlow = Patterns.OwnFlowAfterFigure().Match(text, moneyEnd, Math.Min(right, moneyEnd + 40) - moneyEnd);
        if (ownFlow.Success)
        {
            // Not after a pair's figure in the same sentence ("the total trade volume of two countries reached US$1,6 billion, with
            // US$310.8 million exports and US$1.28 billion imports to Indonesia": the pair's flows, one side named).
            if (DistinctCountries(doc, s) == 1 && prev is null) return NoPair(out world);
            var pair = PairAround(doc, s, left, moneyStart, moneyEnd, right, flowAt, flowLength, prev, lastPair, referent, recent, perspective, worldContext, ofRecentTotal, out world);
            var named = ownFlow.Groups["imp"].Success ? Flows.Imports : Flows.Exports;
            // "with US$310.8 million exports and US$1.28 billion imports to Indonesia": the country right after the flow's preposition
            // is where the goods go or come from, whatever flow an earlier figure of the clause named ("imports to/into X": X buys).
            if (pair is not null && SidesOfFlowAfter(doc, s, ownFlow, right, pair) is { } sides) return sides;
            // The flow before it, joined by "and", is the same trader's the other way: "US$310.8 million exports" are Indonesia's.
            var flowEnd = ownFlow.Index + ownFlow.Length;
            if (pair is not null && Patterns.AndRightAfter().Match(text, flowEnd, Math.Min(s.End, flowEnd + 8) - flowEnd) is { Success: true } and
                && FigureAt(doc, s, and.Index + and.Length) is { } next
                && Patterns.OwnFlowAfterFigure().Match(text, next.End, Math.Min(s.End, next.End + 40) - next.End) is { Success: true } nextFlow
                && SidesOfFlowAfter(doc, s, nextFlow, s.End, pair) is { } joined && joined.Flow != named)
                return joined with { Flow = named };
            // "Trade between Panama and The Bahamas improved as well with $23.6 million in imports": a pair named by "between" says no
            // direction; its flow is traded by the side the text has been speaking from.
            if (pair is { Flow: Flows.Total } && perspective is not null && pair.Partner == perspective && NamedBetween(doc, s, pair, moneyStart))
                pair = new Clause(pair.Partner, pair.Reporter, Flows.Total);
            // "Jordan's exports to Egypt in 2021 tallied $151 million, compared to $482 million in imports": the flow the word after a
            // figure names is the figure's, between the same sides as the flow the pair was read with.
            return pair is { Flow: Flows.Total } || (pair is not null && pair.Flow != named) ? pair with { Flow = named } : pair;
        }
        // "$23.6 million in imports in 2021 compared to the $15.1 million seen in 2020, and Japanese imports grew": a figure compared with
        // the one right before it, naming no flow and no country of its own in its clause, is the same pair's (a country past ", and"
        // starts the next).
        if (prev is not null && left > s.Start && Patterns.ComparedToBefore().IsMatch(text.AsSpan(Math.Max(left, moneyStart - 30), moneyStart - Math.Max(left, moneyStart - 30)))
            && doc.CountriesIn(s, left, moneyStart).Length == 0 && doc.CountriesIn(s, moneyEnd, Roles.ClauseEnd(text, moneyEnd, right)).Length == 0)
            return prev;
        return PairAround(doc, s, left, moneyStart, moneyEnd, right, flowAt, flowLength, prev, lastPair, referent, recent, perspective, worldContext, ofRecentTotal, out world);
    }

    // The sides a flow word right after a figure (own, as OwnFlowAfterFigure matched it there) names with its preposition: "$1.28
    // billion imports to Indonesia" (Indonesia buys, from the pair's other side), "$300 million exports from Chile" (Chile sells).
    private static Clause? SidesOfFlowAfter(Document doc, Sentence s, Match own, int right, Clause pair)
    {
        var text = doc.Text;
        var flow = own.Groups["imp"].Success ? Flows.Imports : Flows.Exports;
        var flowEnd = own.Index + own.Length;
        if (Patterns.FlowPreposition().Match(text, flowEnd, Math.Min(right, flowEnd + 12) - flowEnd) is not { Success: true } prep) return null;
        var at = prep.Index + prep.Length;
        if (doc.CountriesIn(s, at, Math.Min(right, at + 40)) is not [var there, ..] || there.Start != at) return null;
        if (Other(doc, pair, there.Iso3) is not { } side || side == there.Iso3) return null;
        return (flow == Flows.Imports) == prep.Groups["to"].Success ? new Clause(there.Iso3, side, flow) : new Clause(side, there.Iso3, flow);
    }

    // The direction a flow word names: "exports", "sold" one way, "imports", "bought" the other, "trade", "turnover" both.
    private static string FlowOfWord(ReadOnlySpan<char> word) =>
        Patterns.ExportWord().IsMatch(word) ? Flows.Exports : Patterns.ImportWord().IsMatch(word) ? Flows.Imports : Flows.Total;

    // The sentence's figure that starts at a position, give or take a space.
    private static MoneyMention? FigureAt(Document doc, Sentence s, int at)
    {
        for (var i = s.MoneyFrom; i < s.MoneyTo; i++)
            if (doc.Monies[i].Start >= at && doc.Monies[i].Start <= at + 1) return doc.Monies[i];
        return null;
    }

    // Whether the sentence names the pair before the figure as "between A and B".
    private static bool NamedBetween(Document doc, Sentence s, Clause pair, int moneyStart)
    {
        var named = doc.CountriesIn(s, s.Start, moneyStart);
        for (var i = 0; i + 1 < named.Length; i++)
            if (named[i].Iso3 == pair.Reporter && named[i + 1].Iso3 == pair.Partner
                && doc.Text.AsSpan(s.Start, named[i].Start - s.Start).TrimEnd().EndsWith("between", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    // Whether a country follows right after "with" at position: " with China".
    private static bool PartnerRightAfter(Document doc, Sentence s, int position, int moneyStart)
    {
        var named = doc.CountriesIn(s, position, moneyStart);
        return named.Length > 0 && Patterns.WithBeforeName().IsMatch(doc.Text.AsSpan(position, named[0].Start - position));
    }

    // Whether the figure at moneyStart follows, in the sentence, a figure whose own partner ends a list item: " to Uganda, ".
    // The figures are in text order: the one before is found by halving, not by a walk (a sentence may hold thousands of figures).
    private static bool ListedAfterFigure(Document doc, Sentence s, int moneyStart)
    {
        var before = FigureBefore(doc, s, moneyStart);
        if (before < 0) return false;
        var m = doc.Monies[before];
        return Patterns.ListedPartnerBetween().IsMatch(doc.Text.AsSpan(m.End, moneyStart - m.End));
    }

    // The pair of a figure no words after it name: from the countries before it, the clause before, and the text.
    private static Clause? PairAround(Document doc, Sentence s, int left, int moneyStart, int moneyEnd, int right, int flowAt, int flowLength,
        Clause? prev, Clause? lastPair, bool referent, Clause? recent, string? perspective, bool worldContext, decimal? ofRecentTotal, out bool world)
    {
        world = false;
        var text = doc.Text;
        var L = text.AsSpan(left, moneyStart - left);
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
            // "China's position as the United States' biggest trading partner ... Trade between the US and China was $579 billion in 2016,
            // followed by Canada ($545 billion)": the country whose partner the sentence before ranked, when this sentence names it too.
            if (owner is null && s.Index > 0 && RankingOwner(doc, doc.Sentences[s.Index - 1]) is { } ranking && ranking != item.Iso3
                && Names(doc.CountriesIn(s, Math.Max(s.Start, left - Roles.MaxClause), left), ranking))
                owner = ranking;
            // "Turkey was Georgia's biggest trade partner ... They are followed by China (more than $1.6 billion), Azerbaijan ...": a list that
            // goes on with the ranking of the sentence before.
            owner ??= RankingContinued(doc, s);
            // Whose partners these are, when the sentence does not say: the side the text reports from, or its publisher.
            owner ??= perspective ?? (doc.Publisher != item.Iso3 ? doc.Publisher : null);
            // "exports from Dakar to Banjul are estimated at 110.7 billion FCFA in 2022 and The Gambia is one of Senegal's main trading
            // partners, after Mali (708.8 billion FCFA)": a ranking compares like with like, so a listed country's figure is of the flow
            // of the sentence's figure before it, where that one is the owner's.
            var listedFlow = prev is { Flow: Flows.Exports or Flows.Imports } && prev.Reporter == owner ? prev.Flow : Flows.Total;
            return owner is null || owner == item.Iso3 ? null : new Clause(owner, item.Iso3, listedFlow);
        }
        var countries = Sides(doc, doc.CountriesIn(s, left, moneyStart), moneyStart);
        // "imported goods from Sudan, Zambia, and Kenya at a value of $386 million, $311 million, and $255 million, respectively": each
        // figure is its own country's, the others of the list are no side of it.
        if (Respective(doc, s, moneyStart) is { } respective)
        {
            // Past the list's first figure the clause names no flow: the figure before it, with the country before this one, says it.
            if (respective.Before is { } previous && prev is not null && prev.Reporter != prev.Partner)
            {
                if (prev.Partner == previous.Iso3 && prev.Reporter != respective.Item.Iso3) return prev with { Partner = respective.Item.Iso3 };
                if (prev.Reporter == previous.Iso3 && prev.Partner != respective.Item.Iso3) return prev with { Reporter = respective.Item.Iso3 };
            }
            var all = Sides(doc, doc.CountriesIn(s, Math.Max(s.Start, moneyStart - Roles.MaxClause), moneyStart), moneyStart);
            var kept = new List<CountryMention>(all.Length);
            foreach (var c in all)
                if (c.Start < respective.List.Start || c.End > respective.List.End || c == respective.Item) kept.Add(c);
            // A list the sentence before named stands where this clause counts it ("the five countries").
            if (!kept.Contains(respective.Item))
            {
                var i = kept.FindIndex(c => c.Start > respective.Item.Start);
                kept.Insert(i < 0 ? kept.Count : i, respective.Item);
            }
            countries = kept.ToArray();
        }
        // "Kenya's exports to Uganda, Rwanda and South Sudan jointly amounted to $1.1 billion": a flow to several countries is no pair's.
        if (SeveralPartners(text, countries)) return NoPair(out world);
        var blocScope = L.Length > Roles.MaxClause ? L[^Roles.MaxClause..] : L;
        if (Patterns.Has(blocScope, Patterns.BlocCue) && BlocOfTheFigure(blocScope.ToString()) is { } bloc
            // "the UK's fifth largest trading partner with total trade worth £28 billion": a total between two named countries is theirs.
            // "total trade between the two countries", "between them": the pair under discussion.
            && !(bloc.Value.StartsWith("total", StringComparison.OrdinalIgnoreCase) || bloc.Value.StartsWith("overall", StringComparison.OrdinalIgnoreCase)
                 ? LastTwo(countries).Second is not null || Patterns.BetweenThePair().IsMatch(blocScope[bloc.Index..])
                   // "bilateral trade rose by $12.2 billion compared to 2010 when the total trade was $61.7 billion": the total of the pair
                   // whose trade the figure before in the sentence was.
                   || (prev is { Flow: Flows.Total } && bloc.Value.EndsWith("trade", StringComparison.OrdinalIgnoreCase) && countries.Length == 0)
                   // "The total trade turnover between the two countries reached USD227m in 2008 ... The year 2013 saw the rise of the total
                   // trade turnover to USD425.76m": so is a total naming no country, of the same order as the pair's total just read (a
                   // country's trade with the world is many times any one pair's).
                   || (countries.Length == 0 && ofRecentTotal is <= 3m && bloc.Value.EndsWith("trade", StringComparison.OrdinalIgnoreCase))
                   // "total trade with China stood at RM374.2 billion": a total with a named partner is the pair's.
                   || PartnerRightAfter(doc, s, moneyStart - blocScope.Length + bloc.Index + bloc.Length, moneyStart)
                 // "With a foreign trade turnover of 297.9 billion euros, China was Germany's largest trading partner": in a sentence that
                 // ranks a partner, "foreign trade" is the trade of the partner with the country ranking it.
                 : (bloc.Value.StartsWith("foreign", StringComparison.OrdinalIgnoreCase) || bloc.Value.StartsWith("external", StringComparison.OrdinalIgnoreCase))
                   && RankingOwner(doc, s, moneyStart, moneyEnd) is not null))
            return NoPair(out world);
        // "Trade with third-party states amounted to ...", "exports to non-EU countries": a partner that is a group of countries, named
        // by no country between it and the figure, is no country.
        if (Patterns.Has(blocScope, Patterns.GroupCue) && Patterns.GroupPartner().Match(blocScope.ToString()) is { Success: true } group && doc.CountriesIn(s, moneyStart - blocScope.Length + group.Index, moneyStart).Length == 0)
            return NoPair(out world);
        // "Non-U.S. imports remained steady at CAD 286 billion": everyone but a country is no partner.
        if (Patterns.NegatedName().IsMatch(NearLeft(blocScope))) return NoPair(out world);
        // "northeast China's Heilongjiang Province saw bilateral trade with Russia reach $19 billion": a province's trade is not its country's.
        if (Patterns.SubnationalName().IsMatch(blocScope)) return null;
        // "In 2020, the US had a trade volume of $671bn with the EU": no country of the text is the other side.
        if (Patterns.BlocAfter().Match(text, moneyEnd, Math.Min(right, moneyEnd + 60) - moneyEnd) is { Success: true } blocAfter
            && doc.CountriesIn(s, moneyEnd, blocAfter.Index + blocAfter.Length).Length == 0)
            return NoPair(out world);
        // "to reach 500 billion US Dollars in trade between D-8 countries by 2030": a group's trade within itself.
        if (Patterns.GroupTradeAfter().IsMatch(text.AsSpan(moneyEnd, Math.Min(right, moneyEnd + 80) - moneyEnd))) return NoPair(out world);

        var sawFlowWord = flowAt >= 0;
        var kwPos = sawFlowWord ? left + flowAt : -1;
        var kwEnd = sawFlowWord ? kwPos + flowLength : -1;
        // "a strategy to double the country's exports to $34 billion by 2020", no country named: the whole economy's trade with the world.
        if (sawFlowWord && doc.CountriesIn(s, s.Start, s.End).Length == 0
            && Patterns.NationsFlowBefore().IsMatch(text.AsSpan(Math.Max(left, kwPos - 40), kwPos - Math.Max(left, kwPos - 40))))
            return NoPair(out world);
        var flow = Flows.Total;
        if (sawFlowWord)
        {
            var word = text.AsSpan(kwPos, kwEnd - kwPos);
            flow = FlowOfWord(word);
        }

        // "Ivorian exports to Togo fell by 50% in 2017-2021. The data puts the value of the exports at 29.2 billion CFA in 2021": "the
        // exports", naming no country, are the flow the sentence before named without a figure (the trade of a pair is read as such).
        if (flow != Flows.Total && countries.Length == 0 && kwPos >= 4 && text.AsSpan(kwPos - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
            && FlowNamedBefore(doc, s, perspective) is { } theFlow && theFlow.Flow == flow)
            return theFlow;
        if (flow != Flows.Total)
        {
            string? reporter = null, partner = null;
            var ofReporter = false;
            var importsInto = false;
            var after = AfterPosition(countries, kwEnd);
            var afterFigure = after.Length == 0;
            // Not past the clause's end: "Russian exports of US$8.3 million, and Russian imports from Laos at" names the next flow's partner.
            if (afterFigure) after = doc.CountriesStartingIn(s, moneyEnd, Roles.ClauseEnd(text, moneyEnd, Math.Min(right, moneyEnd + 40)));
            // "Portugal exported 2.3 billion euros to Angola, Cape Verde, ... and Sao Tome and Principe": several partners after the figure too.
            // Not "exported NZ$110 million to Samoa, and Fiji grew": ", and" after the first names a new clause's subject, as ClauseStart reads it.
            if (afterFigure && after.Length > 1 && Patterns.ListJoint().IsMatch(text.AsSpan(after[0].End, after[1].Start - after[0].End))
                && !text.AsSpan(after[0].End, after[1].Start - after[0].End).StartsWith(", and ", StringComparison.OrdinalIgnoreCase)
                && Patterns.PartnerPrepositionBefore().IsMatch(text.AsSpan(moneyEnd, after[0].Start - moneyEnd)))
                return NoPair(out world);
            // "with exports worth $1.215 billion, followed by Sudan at $929 million": the next country of a ranking is no partner.
            if (afterFigure && after.Length > 0 && Patterns.FollowedByBetween().IsMatch(text.AsSpan(moneyEnd, after[0].Start - moneyEnd))) after = [];
            // "accounting for $503 million, according to the Indian embassy in Peru": a country in the source of the figure is no partner.
            if (afterFigure && after.Length > 0 && Patterns.AttributionBefore().IsMatch(text.AsSpan(moneyEnd, after[0].Start - moneyEnd))) after = [];
            if (after.Length > 0)
            {
                var between = text.AsSpan(kwEnd, Math.Max(0, after[0].Start - kwEnd)).Trim();
                if (between.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) between = between[..^4].TrimEnd();
                // "imports into Cyprus", "import volume to Sri Lanka from Bangladesh": the country imports go to is the importer.
                importsInto = flow == Flows.Imports && (between.EndsWith("into", StringComparison.OrdinalIgnoreCase)
                    || (!afterFigure && (between.EndsWith(" to", StringComparison.OrdinalIgnoreCase) || between.Equals("to", StringComparison.OrdinalIgnoreCase))));
                // "exports from Kenya to Uganda", "Shipments from Bangladesh grew to $1.3 billion": the country exports are from is the exporter.
                // Not "Peru's export earnings from Chile": with its trader named before, "from" names who pays; nor "Export earnings from
                // South Sudan" with no trader named: earnings come from the market.
                if (between.EndsWith("from", StringComparison.OrdinalIgnoreCase) && flow == Flows.Exports && !Patterns.EarningsFrom().IsMatch(between)
                    && (after.Length > 1 || (!afterFigure && BeforePosition(countries, kwPos).Length == 0)))
                {
                    reporter = after[0].Iso3;
                    partner = after.Length > 1 ? after[1].Iso3 : null;
                }
                // "exports 'Made in Germany' to the country": where the goods are made is the exporter.
                else if (flow == Flows.Exports && between.TrimEnd("\"“'‘").TrimEnd().EndsWith("made in", StringComparison.OrdinalIgnoreCase))
                {
                    reporter = after[0].Iso3;
                    partner = after.Length > 1 ? after[1].Iso3 : null;
                }
                // "Export of Kazakh products to China": the origin of exported goods is their exporter.
                else if (flow == Flows.Exports && !afterFigure && after[0].Kind == MentionKind.Demonym
                         && (between.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || between.Equals("of", StringComparison.OrdinalIgnoreCase)))
                {
                    reporter = after[0].Iso3;
                    partner = after.Length > 1 ? after[1].Iso3 : null;
                }
                // "the total export volume of Germany", "imports of the United States": the country named by "of" is the trader (not
                // "imports of Chinese goods", whose adjective names the origin); so is one named by "by" ("Exports by Turkey to Albania").
                else if (!afterFigure && (between.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || between.Equals("of", StringComparison.OrdinalIgnoreCase)
                             || between.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || between.Equals("by", StringComparison.OrdinalIgnoreCase)) && after[0].Kind != MentionKind.Demonym)
                {
                    reporter = after[0].Iso3;
                    partner = after.Length > 1 ? after[1].Iso3 : null;
                    ofReporter = true;
                }
                // "As for imports, Senegal's orders of Moroccan products", "As for imports, Senegal ordered": a country set off from the
                // flow word by a comma or a colon opens a clause of its own and trades the flow; it is not the flow's partner.
                else if (between.Length == 1 && between[0] is ',' or ':')
                {
                    reporter = after[0].Iso3;
                    partner = after.Length > 1 ? after[1].Iso3 : null;
                }
                else partner = after[0].Iso3;
            }
            // "Russia's exports to Iran totaled $3.07 billion, while imports from the country amounted to $972 million, according to the
            // Russian customs": "the country" is the one named last before the flow, when another country named before it can be the
            // trader, whatever country the words after the figure name.
            if (afterFigure && Patterns.TheCountryAfter().IsMatch(text.AsSpan(kwEnd, Math.Min(30, Math.Max(0, moneyStart - kwEnd)))))
            {
                var antecedents = doc.CountriesIn(s, Math.Max(s.Start, kwPos - Roles.MaxClause), kwPos);
                // "after China, whose shipments to that market": the country whose flow it is trades it; it is not pointed at.
                if (antecedents.Length > 1 && Patterns.WhoseFlowBefore().IsMatch(text.AsSpan(antecedents[^1].End, kwPos - antecedents[^1].End))) antecedents = antecedents[..^1];
                // "imports from Serbia totalled $107.6 million and Hungary's exports to that country": the flow's own possessor trades; it is
                // not the country pointed at.
                // So does a name right before the flow ("SA exports to the neighbouring country"), and the country pointed at is not that trader
                // named again ("exports to South Africa ..., while South Africa's exports to the neighbouring country").
                string? ownTrader = null;
                if (antecedents.Length > 1 && (antecedents[^1].Possessive ? kwPos - antecedents[^1].End <= 12 : text.AsSpan(antecedents[^1].End, kwPos - antecedents[^1].End).IsWhiteSpace()))
                {
                    ownTrader = antecedents[^1].Iso3;
                    antecedents = antecedents[..^1];
                    while (antecedents.Length > 1 && antecedents[^1].Iso3 == ownTrader) antecedents = antecedents[..^1];
                }
                var pointedAt = antecedents.Length > 0 ? antecedents[^1].Iso3 : null;
                var traderBefore = ownTrader is not null && ownTrader != pointedAt;
                foreach (var c in antecedents) traderBefore |= c.Iso3 != pointedAt;
                if (traderBefore) partner = pointedAt;
            }
            // "Chinese-bound exports", "U.S.-bound shipments": the country a flow is bound for is its partner.
            if (partner is null)
                foreach (var c in countries)
                    if (c.End <= kwPos && BoundFor(text, c.End)) partner = c.Iso3;
            var possessiveReporter = ofReporter;
            // "India's exports to Virginia", "imports from Ontario": a partner named that is no country is no country's trade.
            if (partner is null && Patterns.NonCountryPartnerAfter().Match(text, kwEnd, Math.Max(0, Math.Min(moneyStart, kwEnd + 60) - kwEnd)) is { Success: true } np
                && doc.CountriesIn(s, np.Index, np.Index + np.Length).Length == 0)
                return null;
            // "Polish exports ... amid Russia's full-scale invasion, while imports from Ukraine amounted to": a possessor of something other
            // than trade, in an earlier clause, trades nothing in this one.
            // "Kenya exported goods worth Sh57 billion to Tanzania in 2022 compared to 2021 where they exported goods worth Sh45 billion":
            // a pronoun trading the same flow again, after the figure before, is that figure's trader.
            if (reporter is null && partner is null && prev is { } again && again.Flow == flow && left < kwPos && AllIn(countries, again)
                && Patterns.PronounSubjectBefore().IsMatch(text.AsSpan(Math.Max(left, kwPos - 20), kwPos - Math.Max(left, kwPos - 20))))
                (reporter, partner) = (again.Reporter, again.Partner);
            // "..., and Japanese imports grew to $27.1 million" after the Bahamas' imports from Panama: a demonym right before "imports", the
            // only country of the words since the figure before, names where the imports come from in a text speaking from another country.
            // So does one after the exports to that country just read: "Exports from Indonesia have declined to $143.81 million, while
            // Chilean imports decreased to $83.34 million" (Chile's own imports would be those exports over again).
            if (reporter is null && partner is null && flow == Flows.Imports && kwPos > left
                && doc.CountriesIn(s, left, kwPos) is [{ Kind: MentionKind.Demonym } origin] && text.AsSpan(origin.End, kwPos - origin.End).IsWhiteSpace())
            {
                if (prev is { Flow: Flows.Exports } exportsTo && exportsTo.Partner == origin.Iso3) (reporter, partner) = (exportsTo.Reporter, origin.Iso3);
                else if (perspective is not null && origin.Iso3 != perspective) (reporter, partner) = (perspective, origin.Iso3);
            }
            var flowClause = Roles.ClauseStart(text, s.Start, kwPos);
            // "Indonesia can balance its bilateral trade with Russia ... with a target to reach an export value of $2.5 billion": the other
            // side of a trade named before the flow trades no flow after it; it is the flow's partner.
            string? tradedWith = null;
            for (var i = countries.Length - 1; reporter is null && i >= 0; i--)
                if (countries[i].End <= kwPos && countries[i].Iso3 != partner && !PartnerOfEarlierFlow(text, s.Start, countries[i])
                    && !(countries[i].Possessive && countries[i].End < flowClause
                         && !Patterns.FlowWord().IsMatch(text.AsSpan(countries[i].End, Math.Min(25, flowClause - countries[i].End)))))
                {
                    if (tradedWith is null && partner is null && TradeWith(text, s.Start, countries[i]))
                    {
                        tradedWith = countries[i].Iso3;
                        continue;
                    }
                    reporter = countries[i].Iso3;
                    possessiveReporter = countries[i].Possessive;
                }
            if (tradedWith is not null && reporter is not null && reporter != tradedWith) partner = tradedWith;
            else if (tradedWith is not null && reporter is null) reporter = tradedWith;
            // "the value of Greek imports into Cyprus": the country after "into" buys; the one before the flow is where the goods come from.
            if (importsInto && reporter is not null && partner is not null) (reporter, partner) = (partner, reporter);
            // "$13 million in import volume to Sri Lanka from Bangladesh ... surged to $39 million": with no country before the flow, the
            // importer is the one named after "to", and the next one named is the other side ("Imports to Serbia from Croatia
            // increased"); with none, that is left to the figure before or the text's pair.
            else if (importsInto && partner is not null)
            {
                reporter = partner;
                partner = after.Length > 1 ? after[1].Iso3 : null;
            }
            // "Canada recorded $918 billion in trade with the United States; its exports were $477 billion": "its" is the sentence's
            // subject, and the country named since is the partner.
            if (partner is null && reporter is not null && Patterns.ItsBefore().IsMatch(text.AsSpan(Math.Max(left, kwPos - 30), kwPos - Math.Max(left, kwPos - 30)))
                && doc.CountriesIn(s, s.Start, kwPos) is { Length: > 0 } subject && subject[0].Iso3 != reporter)
            {
                partner = reporter;
                reporter = subject[0].Iso3;
            }
            // "New Zealand's exports were valued at NZ$64 billion": a possessive with no partner is the country's trade with the world;
            // but right after a two-way total of that country's pair ("Canadian exports were valued at $2.0 billion" after "trade
            // between Canada and Australia was $4.1 billion"), a figure below the total is its part.
            var partOfRecent = partner is null && ofRecentTotal < 1 && !worldContext && recent is not null && reporter is not null
                && (recent.Reporter == reporter || recent.Partner == reporter);
            if (partOfRecent) partner = recent!.Reporter == reporter ? recent.Partner : recent.Reporter;
            // "Egyptian exports to Türkiye reached $3.8 billion, while Egypt's imports fell to $2.8 billion": the other direction of the same
            // trader, in the same sentence, is with the same partner.
            if (partner is null && reporter is not null && prev is { Flow: not Flows.Total } other && other.Reporter == reporter && other.Flow != flow)
                partner = other.Partner;
            if (partner is null && possessiveReporter && (ofReporter || !Patterns.PairWord().IsMatch(blocScope))) return NoPair(out world);
            // "Kenya imported goods worth $22 billion from the world": the partner named after the figure is everyone.
            if (partner is null && Patterns.WorldAfter().IsMatch(text.AsSpan(moneyEnd, Math.Min(right, moneyEnd + 60) - moneyEnd))) return NoPair(out world);
            // "Thailand exported a total of $287 billion worth of goods in 2022": a country's whole flow, with no partner named, is its trade
            // with the world.
            if (partner is null && Patterns.TotalOfBefore().IsMatch(L)) return NoPair(out world);
            // "Ireland exported a total €141 billion of goods in 2018. The country exported over €39 billion of goods to the US": "the
            // country" as the flow's subject is the country the sentence before named last.
            if (reporter is null && s.Index > 0 && Patterns.TheCountrySubject().IsMatch(text.AsSpan(Math.Max(s.Start, kwPos - 30), kwPos - Math.Max(s.Start, kwPos - 30)))
                && doc.CountriesIn(doc.Sentences[s.Index - 1], doc.Sentences[s.Index - 1].Start, doc.Sentences[s.Index - 1].End) is { Length: > 0 } before)
                reporter = before[^1].Iso3;
            if (reporter is null && prev is not null && prev.Reporter != partner) reporter = prev.Reporter;
            if (partner is null && prev is not null && prev.Partner != reporter && prev.Flow != Flows.Total) partner = prev.Partner;
            // "the trade turnover between Uzbekistan and India amounted to $323.6 million, including exports of $32.5 million": a flow
            // naming no country, after the pair's total in the same sentence and below it, is its part, seen from the same side.
            if (partner is null && countries.Length == 0 && prev is { Flow: Flows.Total } && reporter == prev.Reporter && ofRecentTotal < 1 && !worldContext)
                partner = prev.Partner;
            if (partner is null && referent) partner = Other(doc, lastPair, reporter);
            // "Georgian exports to Azerbaijan amounted to $502.7 million, while Azerbaijan exported goods worth $586 million to the
            // neighboring country": "the country" after the figure is the other side of the pair just named, its trader being one side.
            if (partner is null && reporter is not null && afterFigure && (prev ?? lastPair) is { } justNamed && (justNamed.Reporter == reporter || justNamed.Partner == reporter)
                && Patterns.TheCountryAfterFigure().IsMatch(text.AsSpan(moneyEnd, Math.Min(right, moneyEnd + 60) - moneyEnd)))
                partner = justNamed.Reporter == reporter ? justNamed.Partner : justNamed.Reporter;
            // "Exports were $63.8 billion; imports were $80.8 billion" right after the pair's total: the same pair, seen from the same side,
            // or else from the side the text is written from ("Exports amounted to $455.7 million" on a Kyrgyz site is Kyrgyzstan's).
            // Not right after a figure of the world's: "Ireland's exports of goods reached €208 billion. Imports also reached €140 billion".
            if (reporter is null && partner is null && countries.Length == 0 && recent is not null && !worldContext)
            {
                reporter = perspective == recent.Partner || (perspective is null && doc.Home == recent.Partner) ? recent.Partner : recent.Reporter;
                partner = reporter == recent.Reporter ? recent.Partner : recent.Reporter;
            }
            // "Goods exports totaled $8.1 billion" on a government's own page headed by a partner ("Peru"): its own exports, to that partner.
            // A release whose title names no partner speaks of the publisher's trade with the world.
            // Not right after the publisher's trade with the world: "New Zealand's two-way trade was NZ$125 billion. The value of exports was
            // NZ$64.2 billion" continues the world's figures whatever the title names.
            if (reporter is null && partner is null && countries.Length == 0 && !worldContext && doc.Publisher is { } pub && TitleOther(doc, pub) is { } headed)
            {
                reporter = pub;
                partner = headed;
            }
            // "U.S. exports: Decreased by $6.0 billion to $27.1 billion" under a title that names the partner; not right after the trader's
            // trade with the world ("a foreign trade turnover estimated at $717 billion in 2024. ... the rise in exports from Russia, which
            // reached $434 billion").
            if (partner is null && reporter is not null && countries.Length == 1 && !worldContext && TitleOther(doc, reporter) is { } titled) partner = titled;
            // "Ohio's exports to Vietnam", "the province's imports from China": a possessor that is no country trades for itself, not for
            // the country of the publisher.
            if (reporter is null && Patterns.NonCountryPossessor().IsMatch(text.AsSpan(Math.Max(left, kwPos - 60), kwPos - Math.Max(left, kwPos - 60)))) return null;
            // "Texas exported $97.7 billion in goods to Mexico", "Exports from California to India totaled $3.2 billion": a named trader that
            // is no country (a state, a city, a company) trades for itself. Countries there would be the reporter already.
            if (reporter is null && Patterns.NamedNonCountryTrader().Match(text, Math.Max(left, kwPos - 40), Math.Min(moneyStart, kwEnd + 40) - Math.Max(left, kwPos - 40)) is { Success: true } named
                && doc.CountriesIn(s, named.Index, named.Index + named.Length).Length == 0)
                return null;
            reporter ??= Other(doc, null, partner);
            if (reporter is null || partner is null || reporter == partner) return null;
            return new Clause(reporter, partner, flow);
        }

        // "... exported tea worth $610 million to Pakistan in 2023, up from $540 million": a clause with no flow word of its own,
        // naming only countries of the previous figure, continues that figure's flow.
        if (!sawFlowWord && prev is not null && AllIn(countries, prev)) return prev;
        // "Saudi exports to China amounted to SR92.1 billion and the US SR80.5 billion": a country alone between two figures lists
        // another partner of the same flow.
        if (!sawFlowWord && prev is { Flow: not Flows.Total } && countries.Length == 1 && countries[0].Iso3 != prev.Reporter
            && Patterns.ElidedPartner().IsMatch(L[..(countries[0].Start - left)]) && Patterns.ElidedPartner().IsMatch(L[(countries[0].End - left)..]))
            return prev with { Partner = countries[0].Iso3 };

        // "Georgia conducted $500 mln in trade with Azerbaijan ..., and trade turnover with Armenia declined ... to $11.7 mln": a new partner
        // after "with", the others named since the figure before being that figure's sides, trades with that figure's trader.
        if (prev is not null && countries.Length > 1 && WithBefore(text, countries[^1].Start) && !AllIn(countries[^1..], prev) && AllIn(countries[..^1], prev))
            return new Clause(prev.Reporter, countries[^1].Iso3, Flows.Total);
        // "Since the Solomon Islands ended ties with Taiwan and established diplomatic relations with China ..., with trade between the two
        // countries reaching $540 million": with more than two countries named before it, "the two countries" are the pair the text is
        // about, when the sentence names both.
        if (countries.Length > 2 && doc.PairUnderDiscussion is { } about && Patterns.TheTwoBefore().IsMatch(L.Length > 80 ? L[^80..] : L)
            && Names(countries, about.A) && Names(countries, about.B))
            return new Clause(about.A, about.B, Flows.Total);
        // With more than two countries named, the two nearest the figure: "Japan is Australia's partner after China, with which Australia traded $X".
        var (first, second) = LastTwo(countries);
        if (second is not null) return new Clause(first!, second, Flows.Total);
        if (first is not null)
        {
            var x = first;
            // "India-Virginia trade stood at USD 1.65 billion": a country joined to a name that is no country trades with that place.
            if (countries.Length == 1 && JoinedToNonCountry(doc, s, countries[0])) return null;
            // "New Zealand's two-way trade ... was valued at 125 billion NZ dollars": the country's trade with the world.
            if (countries[^1].Possessive && countries.Length == 1 && !Patterns.PairWord().IsMatch(blocScope)) return NoPair(out world);
            // "between Angola and the Congo", "between Sarawak and Brunei Darussalam": the other side is named but unknown, so it is not
            // guessed, nor for the figure after it that points back to it ("the trade volume increased by 23.8 per cent compared to RM3.04
            // billion").
            if (Patterns.BetweenAnd().IsMatch(L.Length > Roles.MaxClause ? L[^Roles.MaxClause..] : L)) return NoPair(out world);
            var other = prev is not null && prev.Reporter != x ? prev.Reporter : Other(doc, null, x);
            if (other is null || other == x) return null;
            // "Trade with the United States rose to A and with South Korea to B": the country after "with" is the partner, the
            // unnamed subject stays the reporter for the next clause.
            if (WithBefore(text, countries[^1].Start)) return new Clause(other, x, Flows.Total);
            return new Clause(other == prev?.Reporter ? other : x, other == prev?.Reporter ? x : other, Flows.Total);
        }
        if (prev is not null && !sawFlowWord) return prev;
        if (prev is not null) return prev with { Flow = Flows.Total };
        // "Polish exports to Ukraine are growing year by year. In 2020, it only slightly exceeded 23 billion zlotys": "it", in a clause
        // that names no flow and no country, is the flow the sentence before named without a figure.
        if (!sawFlowWord && countries.Length == 0 && Patterns.ItSubject().IsMatch(L) && FlowNamedBefore(doc, s, perspective) is { } flowBefore) return flowBefore;
        if (referent || Patterns.Referent().IsMatch(L))
        {
            // "Intra-Commonwealth trade totalled $592 billion in 2013. ... this trade had increased to $687 billion": right after a bloc's
            // or the world's figure, "this trade" is that figure's.
            if (worldContext && Patterns.FigureReferent().IsMatch(L)) return NoPair(out world);
            // "our two countries traded over $4 billion" with no pair under discussion: the publisher's and the one country the sentence
            // before named; else the title's pair when it names no third country, or in a text with no title the pair its opening sentence
            // names ("Kazakhstan President ... and Iranian President ... participated in the forum ... 'trade turnover between our
            // countries'").
            if (lastPair is null && Patterns.OurCountries().IsMatch(L))
            {
                if (doc.Publisher is { } own && s.Index > 0 && OnlyOther(doc, doc.Sentences[s.Index - 1], own) is { } other) return new Clause(own, other, Flows.Total);
                return doc.MainPair is { } main && doc.Sentences.Count > 0
                       && (doc.Sentences[0].Headline ? DistinctCountries(doc, doc.Sentences[0]) <= 2 : NamesOnly(doc, doc.Sentences[0], main.A, main.B))
                       ? new Clause(main.A, main.B, Flows.Total) : null;
            }
            // "Imports from the US amounted to $983 million in 2021. The figure represented a rebound from the $828 million recorded in
            // 2020": the figure pointed back to keeps its flow; so does the pronoun a sentence opens with ("It was up 26.2% from $19.6
            // million in 2023", "They represent a 26.2% increase compared to 2023 (19.6 billion CFA francs)").
            if (recent is { Flow: Flows.Exports or Flows.Imports } && countries.Length == 0
                && (Patterns.FigurePointer().IsMatch(L) || Patterns.PronounOpening().IsMatch(text.AsSpan(s.Start, moneyStart - s.Start)))) return recent;
            var pair = lastPair ?? (doc.PairUnderDiscussion is { } mp ? new Clause(mp.A, mp.B, Flows.Total) : null);
            return pair is null ? null : pair with { Flow = Flows.Total };
        }
        var (a, b) = FirstTwo(doc.CountriesIn(s, s.Start, s.End), exactlyTwo: true);
        if (b is not null) return new Clause(a!, b, Flows.Total);
        // "Last year trade went up by 27 percent to $19.2 billion" in a text about one pair, naming no country: that pair's trade; not
        // right after a bloc's or the world's figure, which it continues.
        // "The year 2022 saw a jump of 11 per cent to $10.57 billion in trade value": the trade named right after the figure, in a sentence
        // naming no country, is that pair's too.
        if (!worldContext && (sawFlowWord
                ? doc.CountriesIn(s, s.Start, moneyStart).Length == 0 && Patterns.PairTradeWord().IsMatch(text.AsSpan(kwPos, kwEnd - kwPos))
                : doc.CountriesIn(s, s.Start, s.End).Length == 0 && Patterns.TradeAfter().IsMatch(text.AsSpan(moneyEnd, Math.Min(right, moneyEnd + 40) - moneyEnd))))
        {
            var pair = recent ?? (doc.PairUnderDiscussion is { } mp ? new Clause(mp.A, mp.B, Flows.Total) : null);
            return pair is null ? null : pair with { Flow = Flows.Total };
        }
        return null;
    }

    // The first bloc or world named that is not the scope of a rank: in "Malaysia's third largest partner among ASEAN countries, with total
    // trade of RM95 billion", "the most important trading partner of the Czech Republic in the whole ASEAN region" and "Nigeria and
    // South Africa, two of Africa's largest economies" the bloc says where the partner or the pair ranks, not whose trade the figure is;
    // in "agreements signed under the Eurasian Economic Union-Vietnam free trade agreement" it names a treaty, not a side.
    private static System.Text.RegularExpressions.Match? BlocOfTheFigure(string scope)
    {
        for (var m = Patterns.BlocOrWorld().Match(scope); m.Success; m = m.NextMatch())
            if (!Patterns.RankScopeBefore().IsMatch(scope.AsSpan(Math.Max(0, m.Index - 80), m.Index - Math.Max(0, m.Index - 80)))
                && !Patterns.RankInBlocAfter().IsMatch(scope.AsSpan(m.Index + m.Length))
                && !Patterns.AgreementNameAfter().IsMatch(scope.AsSpan(m.Index + m.Length))
                && !Patterns.OfficeNameAfter().IsMatch(scope.AsSpan(m.Index + m.Length))) return m;
        return null;
    }

    // The country a sentence ranks the partners of: "the United States' biggest trading partner", "Germany's largest trading partner";
    // near a figure when one is given, else at the sentence's end (bounded: a run-on "sentence" must not make every figure rescan it).
    internal static string? RankingOwner(Document doc, Sentence s, int figureStart = -1, int figureEnd = -1)
    {
        var (from, to) = figureStart < 0 ? (Math.Max(s.Start, s.End - 2 * Roles.MaxClause), s.End)
            : (Math.Max(s.Start, figureStart - Roles.MaxClause), Math.Min(s.End, figureEnd + Roles.MaxClause));
        foreach (var c in doc.CountriesIn(s, from, to))
            if (c.Possessive && Patterns.RankedPartnerAfter().IsMatch(doc.Text.AsSpan(c.End, Math.Min(s.End, c.End + 40) - c.End))) return c.Iso3;
        return null;
    }

    private static bool Names(ReadOnlySpan<CountryMention> mentions, string iso3)
    {
        foreach (var c in mentions)
            if (c.Iso3 == iso3) return true;
        return false;
    }

    private static bool BoundFor(string text, int nameEnd)
    {
        var rest = text.AsSpan(nameEnd, Math.Min(7, text.Length - nameEnd));
        return rest.StartsWith("-bound ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" bound ", StringComparison.OrdinalIgnoreCase);
    }

    // The flow a figureless sentence right before s names, with its sides: "Polish exports to Ukraine are growing".
    private static Clause? FlowNamedBefore(Document doc, Sentence s, string? perspective)
    {
        if (s.Index == 0) return null;
        var before = doc.Sentences[s.Index - 1];
        if (before.MoneyTo > before.MoneyFrom || before.Headline) return null;
        var (at, length) = LastFlowWord(doc.Text.AsSpan(before.Start, before.End - before.Start));
        if (at < 0) return null;
        return ResolvePair(doc, before, before.Start, before.End, before.End, before.End, at, length, null, null, false, null, perspective, false, null, out _);
    }

    private static bool JoinedToNonCountry(Document doc, Sentence s, CountryMention c)
    {
        var text = doc.Text;
        if (c.End + 2 < s.End && text[c.End] is '-' or '–' && char.IsUpper(text[c.End + 1]))
            return doc.CountriesIn(s, c.End + 1, Math.Min(s.End, c.End + 30)) is not { Length: > 0 } next || next[0].Start != c.End + 1;
        if (c.Start - 2 > s.Start && text[c.Start - 1] is '-' or '–' && char.IsLetter(text[c.Start - 2]))
        {
            var w = c.Start - 1;
            while (w > s.Start && char.IsLetter(text[w - 1])) w--;
            return char.IsUpper(text[w]) && doc.CountriesIn(s, w, c.Start - 1).Length == 0;
        }
        return false;
    }

    // The country a figure goes with in a list of figures closed by "respectively": the list of as many countries joined by commas and
    // "and" before the first figure, taken in order. Null unless the figure is one of such a list.
    internal static (CountryMention Item, CountryMention? Before, (int Start, int End) List, int FiguresEnd)? Respective(Document doc, Sentence s, int moneyStart)
    {
        var text = doc.Text;
        // A list of figures is short: "respectively" stands within a few hundred characters after each of them.
        if (text.AsSpan(moneyStart, Math.Min(s.End, moneyStart + 300) - moneyStart).IndexOf("respectively", StringComparison.OrdinalIgnoreCase) < 0) return null;
        var k = FigureBefore(doc, s, moneyStart) + 1;
        if (k < s.MoneyFrom || k >= s.MoneyTo || doc.Monies[k].Start != moneyStart) return null;
        var (first, last) = FigureRun(doc, s, k);
        if (first == last) return null;
        var tail = text.AsSpan(doc.Monies[last].End, Math.Min(s.End, doc.Monies[last].End + 20) - doc.Monies[last].End).TrimStart(" ,");
        if (!tail.StartsWith("respectively", StringComparison.OrdinalIgnoreCase)) return null;
        // The last run of countries joined as a list before the first figure, as long as the run of figures.
        var countries = doc.CountriesIn(s, Math.Max(s.Start, doc.Monies[first].Start - Roles.MaxClause), doc.Monies[first].Start);
        var n = last - first + 1;
        // "The five countries are Vietnam, Indonesia, Singapore, Malaysia and the Philippines. Last year, the bilateral trade volumes between
        // South Korea and the five countries were US$68.3 billion, ..., respectively": the list the sentence before named, counted as many.
        if (s.Index > 0 && Patterns.CountedCountries().Match(text, s.Start, doc.Monies[first].Start - s.Start) is { Success: true } counted
            && Years.NumberWord(counted.Groups["n"].Value) == n)
        {
            var before = doc.Sentences[s.Index - 1];
            var listed = doc.CountriesIn(before, before.Start, before.End);
            if (listed.Length >= n && WholeList(text, listed, listed.Length - n, listed.Length - 1))
            {
                // Each item stands where the count names it, so the clause reads "between South Korea and Vietnam".
                var (at, end) = (counted.Index, counted.Index + counted.Length);
                var item = listed.Length - n + k - first;
                return (listed[item] with { Start = at, End = end, Possessive = false },
                        item > listed.Length - n ? listed[item - 1] with { Start = at, End = end, Possessive = false } : null, (at, end), doc.Monies[last].End);
            }
        }
        for (var end = countries.Length - 1; end >= n - 1; end--)
        {
            var start = end - n + 1;
            if (!Joined(text, countries, start, end)) continue;
            if (!NothingJoinedAround(text, countries, start, end)) return null;
            // "Trade between Qatar and Jordan saw an increase in 2013 and 2014, reaching ... respectively": two countries after "between"
            // are the pair whose figures are listed, not a list of countries.
            if (n == 2 && text.AsSpan(s.Start, countries[start].Start - s.Start).TrimEnd().EndsWith("between", StringComparison.OrdinalIgnoreCase)) return null;
            var at = start + k - first;
            return (countries[at], at > start ? countries[at - 1] : null, (countries[start].Start, countries[end].End), doc.Monies[last].End);
        }
        return null;
    }

    private static bool Joined(string text, ReadOnlySpan<CountryMention> countries, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (countries[i].End > countries[i + 1].Start || !Patterns.ListJoint().IsMatch(text.AsSpan(countries[i].End, countries[i + 1].Start - countries[i].End))) return false;
        return true;
    }

    // Countries start..end joined as a list, and no country joined to it on either side.
    private static bool WholeList(string text, ReadOnlySpan<CountryMention> countries, int start, int end) =>
        Joined(text, countries, start, end) && NothingJoinedAround(text, countries, start, end);

    private static bool NothingJoinedAround(string text, ReadOnlySpan<CountryMention> countries, int start, int end) =>
        !(start > 0 && Patterns.ListJoint().IsMatch(text.AsSpan(countries[start - 1].End, Math.Max(0, countries[start].Start - countries[start - 1].End))))
        && !(end + 1 < countries.Length && Patterns.ListJoint().IsMatch(text.AsSpan(countries[end].End, Math.Max(0, countries[end + 1].Start - countries[end].End))));

    // The run of figures joined as a list ("$900 million, $400 million and $250 million") around figure k: its first and last index.
    internal static (int First, int Last) FigureRun(Document doc, Sentence s, int k) => (RunStart(doc, s, k), RunEnd(doc, s, k));

    internal static int RunStart(Document doc, Sentence s, int k)
    {
        while (k > s.MoneyFrom && Joined(doc, k - 1, k)) k--;
        return k;
    }

    internal static int RunEnd(Document doc, Sentence s, int k)
    {
        while (k + 1 < s.MoneyTo && Joined(doc, k, k + 1)) k++;
        return k;
    }

    private static bool Joined(Document doc, int a, int b) => doc.Monies[a].End <= doc.Monies[b].Start
        && Patterns.ListJoint().IsMatch(doc.Text.AsSpan(doc.Monies[a].End, doc.Monies[b].Start - doc.Monies[a].End));

    // A figure of one country's trade with the world, or of a bloc's: no pair, and the clauses right after it speak of the same.
    // Two countries joined by "and" or a comma right after a flow's preposition ("to Uganda, Rwanda and South Sudan", "from China and
    // India"): the flow's partners are several.
    private static bool SeveralPartners(string text, ReadOnlySpan<CountryMention> countries)
    {
        for (var i = 0; i + 1 < countries.Length; i++)
        {
            var (a, b) = (countries[i], countries[i + 1]);
            if (!Patterns.ListJoint().IsMatch(text.AsSpan(a.End, b.Start - a.End))) continue;
            var from = Math.Max(0, a.Start - 40);
            if (Patterns.FlowPrepositionBefore().IsMatch(text.AsSpan(from, a.Start - from))) return true;
        }
        return false;
    }

    private static Clause? NoPair(out bool world)
    {
        world = true;
        return null;
    }

    // "Germany was by far the largest exporter to Japan in 2007, with 13.0 bn euro, followed by France (5.8 bn)", "Germany (18.2 bn) was also
    // the largest importer", "the United Kingdom was the largest importer (EUR 8.0 billion) from India": a country ranked as an exporter or
    // importer; the figure is that country's own flow, to the partner named after the noun or else the one the text is about.
    internal static Clause? RankedTrader(Document doc, Sentence s, int moneyStart, int moneyEnd, Clause? prev)
    {
        var text = doc.Text;
        var from = Math.Max(s.Start, moneyStart - Roles.MaxClause);
        var listed = ListedCountry(doc, s, from, moneyStart);
        string? reporter = null, flow = null;
        var nounEnd = -1;
        var byListed = false; // the reporter is the country whose figure follows it in brackets ("followed by France (5.8 bn)")
        if (listed is { } item)
        {
            var after = text.AsSpan(moneyEnd, Math.Min(s.End, moneyEnd + 160) - moneyEnd).ToString();
            if (Patterns.TraderAfterBracket().Match(after) is { Success: true } a)
            {
                reporter = item.Iso3;
                byListed = true;
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
            // Another flow named between the noun and the figure starts another subject: "the largest exporter, and trade reached $X";
            // so does a relative clause of another country: "the second largest supplier ..., after China, whose shipments ...".
            if (Patterns.OtherFlowWord().IsMatch(text.AsSpan(nounEnd, moneyStart - nounEnd)) || Patterns.WhoseAfterName().IsMatch(text.AsSpan(nounEnd, moneyStart - nounEnd))) return null;
            var verbForm = noun.Groups["w"].Value.EndsWith("most", StringComparison.OrdinalIgnoreCase);
            // "imported the most from Chile (EUR 1.8 billion)": the country in brackets' place is the partner the preposition names.
            if (listed is { } li && li.Start > nounAt
                && !(verbForm && text.AsSpan(nounEnd, li.Start - nounEnd).Trim() is "from" or "to" or "from the" or "to the"))
            {
                reporter = li.Iso3;
                byListed = true;
            }
            else
            {
                // The subject of "X was (by far) the largest exporter": the last country before the noun, joined to it by a copula.
                var named = doc.CountriesIn(s, s.Start, nounAt);
                if (named.Length == 0) return null;
                var subject = named[^1];
                var link = text.AsSpan(subject.End, nounAt - subject.End);
                if (verbForm ? !link.IsWhiteSpace() : !Patterns.CopulaToTrader().IsMatch(link)) return null;
                reporter = subject.Iso3;
            }
        }
        // "the largest supplier of oil": one product's trade, not the country's.
        var next = text.AsSpan(nounEnd, Math.Min(s.End, nounEnd + 40) - nounEnd).TrimStart();
        // "China (EUR 2 107 billion) was the largest exporter in the world, followed by ...": a world ranking names no partner.
        if (Patterns.WorldAfterTrader().IsMatch(next) || Patterns.WorldBeforeTrader().IsMatch(text.AsSpan(Math.Max(s.Start, nounEnd - 60), Math.Min(60, nounEnd - s.Start))))
            return null;
        if (next.StartsWith("of ", StringComparison.OrdinalIgnoreCase) && !Patterns.GoodsAfterOf().IsMatch(next)) return null;
        string? partner = null;
        foreach (var c in doc.CountriesIn(s, nounEnd, Math.Min(s.End, nounEnd + 60)))
        {
            if (Patterns.PartnerPreposition().IsMatch(text.AsSpan(nounEnd, c.Start - nounEnd))) partner = c.Iso3;
            break;
        }
        if (partner is null && prev is not null && prev.Flow == flow && prev.Reporter != reporter) partner = prev.Partner;
        partner ??= Other(doc, null, reporter);
        if (partner is null || partner == reporter) return null;
        // "The United States remains the primary buyer ..., accounting for US$1.041 billion, followed by Guatemala and Honduras with
        // US$503.4 million and US$434.2 million": past the trader's own figure, a figure after another country named is that country's,
        // in a ranking of traders whose place this reading does not know; no fact.
        var own = FigureBefore(doc, s, nounEnd) is var b and >= 0 ? b + 1 : s.MoneyFrom;
        if (!byListed && own < s.MoneyTo && doc.Monies[own].End <= moneyStart)
            foreach (var c in doc.CountriesIn(s, doc.Monies[own].End, moneyStart))
                if (c.Iso3 != reporter) return UnownedRanking;
        return new Clause(reporter!, partner, flow);
    }

    // "Libya ranked first among the recipient countries of Egyptian exports, with a value of $1.215bn. ... Sudan ranked second with
    // exports valued at $929m": a ranking of one country's destinations or suppliers, in this sentence or one of the three before it
    // (wires put each sentence in a paragraph of its own), makes each country ranked in it ("ranked second", "came in fourth", "led",
    // "followed") trade the figure after its "with" with that country, in the ranking's direction, whatever flow word the figure carries.
    internal static Clause? RankedInList(Document doc, Sentence s, int moneyStart, Clause? prev)
    {
        var text = doc.Text;
        var from = Math.Max(s.Start, moneyStart - Roles.MaxClause);
        // The "with" phrase is a few words long: only the stretch right before the figure is read.
        if (!Patterns.WithFigureBefore().IsMatch(text.AsSpan(Math.Max(from, moneyStart - 80), moneyStart - Math.Max(from, moneyStart - 80))))
            return ListedInRanking(doc, s, from, moneyStart);
        var named = doc.CountriesIn(s, from, moneyStart);
        // "with a value of $961 million, followed by Sudan with $827 million": the country after the figure before, where the ranking
        // goes on, is ranked there (and the country ranked before it is not this figure's).
        var previous = PreviousFigureEnd(doc, s, moneyStart);
        for (var k = named.Length - 1; k >= 0; k--)
        {
            var subject = named[k];
            var goesOn = previous >= 0 && subject.Start >= previous && Patterns.RankingGoesOn().IsMatch(text.AsSpan(previous, subject.Start - previous));
            if (!goesOn && !Patterns.RankVerbAfter().IsMatch(text.AsSpan(subject.End, moneyStart - subject.End))) continue;
            for (var j = s.Index; j >= Math.Max(0, s.Index - 3); j--)
                if (RankingOf(doc, doc.Sentences[j]) is { } ranking)
                {
                    // Only the ranking's owner may be named between the country ranked and its figure.
                    for (var o = k + 1; o < named.Length; o++)
                        if (named[o].Iso3 != ranking.Owner) return null;
                    return new Clause(ranking.Owner, subject.Iso3, ranking.Flow);
                }
            // "Egypt's exports to Libya reached $1.2 billion, followed by Sudan with $827 million": no ranking named, the country after the
            // figure before takes the place of that figure's partner.
            if (goesOn) return NextInRanking(doc, s, previous, subject, prev);
            // "Libya topped the list with exports worth $1.215 billion, followed by Sudan at $929 million": a ranking whose owner no
            // sentence names; its countries are not the traders of the flow named.
            var next = doc.CountriesIn(s, moneyStart, s.End);
            var end = FigureBefore(doc, s, moneyStart) + 1 is var at && at < s.MoneyTo ? doc.Monies[at].End : -1;
            return next.Length > 0 && end >= 0 && next[0].Start > end && Patterns.FollowedByBetween().IsMatch(text.AsSpan(end, next[0].Start - end)) ? UnownedRanking : null;
        }
        return null;
    }

    /// <summary>The reading of a figure ranked in a list whose owner no sentence names: no fact.</summary>
    internal static readonly Clause UnownedRanking = new("", "", "");

    // The figure before, read as prev, had as its partner the country named last before it (not a possessor: "Egypt's exports to Libya",
    // "Libya was Egypt's largest market"); the next country of the ranking trades the same flow with the same reporter. Not a ranking
    // of traders ("the largest exporter to Kenya"), whose items are reporters.
    private static Clause? NextInRanking(Document doc, Sentence s, int previousEnd, CountryMention next, Clause? prev)
    {
        if (prev is null || next.Iso3 == prev.Reporter || next.Iso3 == prev.Partner) return null;
        var k = FigureBefore(doc, s, previousEnd);
        if (k < 0) return null;
        var from = Math.Max(s.Start, doc.Monies[k].Start - Roles.MaxClause);
        if (Patterns.TraderNoun().IsMatch(doc.Text.AsSpan(from, doc.Monies[k].Start - from))) return null;
        var before = doc.CountriesIn(s, from, doc.Monies[k].Start);
        for (var i = before.Length - 1; i >= 0; i--)
        {
            if (before[i].Possessive) continue;
            if (before[i].Iso3 != prev.Partner) return null;
            return prev with { Partner = next.Iso3 };
        }
        return null;
    }

    // Where the figure before this one in the sentence ends, or -1.
    private static int PreviousFigureEnd(Document doc, Sentence s, int moneyStart) =>
        FigureBefore(doc, s, moneyStart) is var k and >= 0 ? doc.Monies[k].End : -1;

    // The index of the last figure of the sentence that ends at or before position, or -1: found by halving, not by a walk (a sentence
    // may hold thousands of figures).
    private static int FigureBefore(Document doc, Sentence s, int position)
    {
        int lo = s.MoneyFrom, hi = s.MoneyTo - 1, before = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (doc.Monies[mid].End <= position) { before = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return before;
    }

    // "the top five African countries that imported the most goods from China in 2021 were Nigeria $23 billion or 16 percent, South Africa
    // $21 billion ...": each country listed right before its figure, after the ranking in the same sentence, trades that figure with the
    // ranking's owner in the ranking's direction.
    private static Clause? ListedInRanking(Document doc, Sentence s, int from, int moneyStart)
    {
        var named = doc.CountriesIn(s, from, moneyStart);
        if (named.Length == 0 || !Patterns.ListItemLink().IsMatch(doc.Text.AsSpan(named[^1].End, moneyStart - named[^1].End))) return null;
        var item = named[^1];
        var ranking = RankingOf(doc, s, item.Start) ?? RankingAboveList(doc, s, item);
        return ranking is { } r ? new Clause(r.Owner, item.Iso3, r.Flow) : null;
    }

    // "The top five countries supplying goods to the U.S. in 2022 were:" over lines "- China: $536.3 billion": a line that is only a
    // listed country and its figure belongs to the ranking that the line opening the list (ending in a colon) states.
    private static (string Owner, string Flow)? RankingAboveList(Document doc, Sentence s, CountryMention item)
    {
        var text = doc.Text;
        if (!Patterns.ListLineStart().IsMatch(text.AsSpan(s.Start, item.Start - s.Start))) return null;
        for (var j = s.Index - 1; j >= Math.Max(0, s.Index - 12); j--)
        {
            var above = doc.Sentences[j];
            var line = text.AsSpan(above.Start, above.End - above.Start).TrimEnd();
            if (line.EndsWith(':')) return RankingOf(doc, above);
            // Only other items of the list may stand between the line and the list's opening.
            var first = doc.CountriesIn(above, above.Start, above.End);
            if (first.Length == 0 || !Patterns.ListLineStart().IsMatch(text.AsSpan(above.Start, first[0].Start - above.Start))) return null;
        }
        return null;
    }

    // The country whose destinations ("the recipient countries of Egyptian exports") or suppliers ("the countries exporting to Egypt") a
    // sentence ranks, and the flow that makes.
    private static (string Owner, string Flow)? RankingOf(Document doc, Sentence s, int end = -1)
    {
        var m = Patterns.DestinationRanking().Match(doc.Text, s.Start, (end < 0 ? s.End : end) - s.Start);
        if (!m.Success) return null;
        var owner = m.Groups["c"];
        var found = doc.CountriesIn(s, owner.Index, owner.Index + owner.Length);
        return found.Length == 0 ? null : (found[0].Iso3, m.Groups["exp"].Success ? Flows.Exports : Flows.Imports);
    }

    /// <summary>A country's share of another's flow is their trade: "Guyana accounts for 2.1 percent ($123 million) of all of Trinidad and
    /// Tobago's imports" (Trinidad and Tobago's imports from Guyana), "Trinidad and Tobago is Guyana's second-largest partner, accounting
    /// for over 20 per cent of Guyana's total imports in 2023, amounting to US$1.4 billion". The owner of the flow is the country of the
    /// "of ...'s" phrase; the other side, the country named last before the share's verb.</summary>
    internal static Clause? ShareOfFlow(Document doc, Sentence s, int moneyStart, int moneyEnd, int right)
    {
        var text = doc.Text;
        var from = Math.Max(s.Start, moneyStart - Roles.MaxClause);
        var before = text.AsSpan(from, moneyStart - from);
        if (!Patterns.Has(before, Patterns.ShareCue)) return null;
        int verbAt, ownerStart, ownerEnd;
        string flowWord;
        if (Patterns.ShareRightBefore().Match(text, from, moneyStart - from) is { Success: true } right1
            && Patterns.ShareFlowAfter().Match(text, moneyEnd, Math.Min(right, moneyEnd + 80) - moneyEnd) is { Success: true } after)
        {
            verbAt = right1.Index;
            (ownerStart, ownerEnd, flowWord) = (after.Groups["owner"].Index, after.Groups["owner"].Index + after.Groups["owner"].Length, after.Groups["flow"].Value);
        }
        else if (Patterns.ShareAndFlowBefore().Match(text, from, moneyStart - from) is { Success: true } both)
        {
            verbAt = both.Index;
            (ownerStart, ownerEnd, flowWord) = (both.Groups["owner"].Index, both.Groups["owner"].Index + both.Groups["owner"].Length, both.Groups["flow"].Value);
        }
        else return null;
        if (doc.CountriesIn(s, ownerStart, ownerEnd) is not [var owner]) return null;
        var subjects = doc.CountriesIn(s, s.Start, verbAt);
        string? other = null;
        for (var i = subjects.Length - 1; other is null && i >= 0; i--)
            if (subjects[i].Iso3 != owner.Iso3) other = subjects[i].Iso3;
        if (other is null) return null;
        var flow = Patterns.ExportWord().IsMatch(flowWord) ? Flows.Exports : Patterns.ImportWord().IsMatch(flowWord) ? Flows.Imports : Flows.Total;
        return new Clause(owner.Iso3, other, flow);
    }

    // "China was Germany's largest trading partner ... The United States was the second most important trading partner with sales of 247.8
    // billion euros, followed by the Netherlands with 233.6 billion euros": a partner ranked with no possessor, a few sentences after one
    // that ranked a country's partners in the same paragraph, is that country's; the figure after it is their trade, and another of the
    // ranking named with the figure after it ("followed by the Netherlands with") trades that figure with the same country.
    internal static Clause? RankedPartner(Document doc, Sentence s, int moneyStart, Clause? prev)
    {
        var text = doc.Text;
        var rankFrom = Math.Max(s.Start, moneyStart - Roles.MaxClause);
        if (text.AsSpan(rankFrom, moneyStart - rankFrom).IndexOf("partner", StringComparison.OrdinalIgnoreCase) < 0) return null;
        var rank = Patterns.PartnerRank().Match(text, rankFrom, moneyStart - rankFrom);
        if (!rank.Success) return null;
        // The ranking said last in the paragraph, a few sentences back at most.
        string? owner = null;
        for (var k = s.Index - 1; owner is null && k >= Math.Max(0, s.Index - 3) && doc.Sentences[k].Paragraph == s.Paragraph; k--)
            owner = RankingOwner(doc, doc.Sentences[k]);
        if (owner is null) return null;
        var named = doc.CountriesIn(s, rankFrom, rank.Index);
        if (named.Length == 0 || named[^1].Possessive || !text.AsSpan(named[^1].End, rank.Index - named[^1].End).IsWhiteSpace()) return null;
        var subject = named[^1].Iso3;
        var between = doc.CountriesIn(s, rank.Index + rank.Length, moneyStart);
        if (between.Length == 0)
        {
            // Another flow named between the noun and the figure starts another subject.
            if (subject == owner || Patterns.OtherFlowWord().IsMatch(text.AsSpan(rank.Index + rank.Length, moneyStart - rank.Index - rank.Length))) return null;
            return new Clause(owner, subject, Flows.Total);
        }
        // Another of the ranking ("followed by the Netherlands with", "ahead of Brazil with"): its figure follows its name ("with", "at", a
        // bracket); the one before is this sentence's.
        var next = between[^1];
        if (between.Length != 1 || prev is not { Flow: Flows.Total } || prev.Reporter != owner || next.Iso3 == owner
            || text.AsSpan(next.End, moneyStart - next.End).Trim() is not ("with" or "at" or "(" or "with around" or "with about"))
            return null;
        return new Clause(owner, next.Iso3, Flows.Total);
    }

    // The owner of the ranking the sentence before gave, when this one opens with "followed by" ("They are followed by China ...").
    internal static string? RankingContinued(Document doc, Sentence s) =>
        s.Index > 0 && Patterns.FollowedByOpening().IsMatch(doc.Text.AsSpan(s.Start, Math.Min(40, s.End - s.Start)))
            ? RankingOwner(doc, doc.Sentences[s.Index - 1]) : null;

    // "Turkey was Georgia's biggest trade partner ..., while the US came in third with mutual trade turnover exceeding $2 bln": a country
    // given a place, in or right after a sentence that ranks an owner's partners, is that owner's partner.
    internal static Clause? RankedPlace(Document doc, Sentence s, int moneyStart)
    {
        var text = doc.Text;
        var rankFrom = Math.Max(s.Start, moneyStart - Roles.MaxClause);
        if (!Patterns.Has(text.AsSpan(rankFrom, moneyStart - rankFrom), Patterns.PlaceCue)) return null;
        var place = Patterns.PlaceRank().Match(text, rankFrom, moneyStart - rankFrom);
        if (!place.Success) return null;
        var named = doc.CountriesIn(s, rankFrom, place.Index);
        if (named.Length == 0 || named[^1].Possessive || !text.AsSpan(named[^1].End, place.Index - named[^1].End).IsWhiteSpace()) return null;
        var after = place.Index + place.Length;
        // Exports or imports named between the place and the figure are one side's flow, not the ranked trade.
        if (doc.CountriesIn(s, after, moneyStart).Length > 0 || Patterns.DirectedFlowWord().IsMatch(text.AsSpan(after, moneyStart - after))) return null;
        // The ranking is said in this sentence or one of the two before it, or before a run of places ("Japan ranked second, with ...
        // South Korea ranked third, with ...").
        string? owner = RankingOwner(doc, s);
        for (var from = s.Index; owner is null; from--)
        {
            for (var k = from - 1; owner is null && k >= Math.Max(0, from - 2) && doc.Sentences[k].Paragraph == s.Paragraph; k--)
                owner = RankingOwner(doc, doc.Sentences[k]);
            if (from == 0 || doc.Sentences[from - 1].Paragraph != s.Paragraph
                || !Patterns.PlaceRank().IsMatch(text.AsSpan(doc.Sentences[from - 1].Start, doc.Sentences[from - 1].End - doc.Sentences[from - 1].Start))) break;
        }
        return owner is null || owner == named[^1].Iso3 ? null : new Clause(owner, named[^1].Iso3, Flows.Total);
    }

    // "China was also New Zealand's main import partner, sending goods worth 8.3 billion NZ dollars last year", "Japan is Australia's
    // second-largest export market, worth A$50 billion in 2019": the subject is the partner of the possessor's exports or imports.
    internal static Clause? MarketOf(Document doc, Sentence s, int from, int moneyStart, CountryMention? listed)
    {
        var text = doc.Text;
        var before = text.AsSpan(from, moneyStart - from);
        if (!Patterns.Has(before, Patterns.MarketCue)) return null;
        var nouns = Patterns.MarketNoun().Matches(before.ToString());
        if (nouns.Count == 0) return null;
        var noun = nouns[^1];
        var nounEnd = from + noun.Index + noun.Length;
        // Another flow named between the noun and the figure starts another subject, unless it is the subject's own verb coordinated
        // after the noun ("India was one of Armenia's top 10 import partners and had exported products worth $70 mln") or its own
        // participle (", importing goods worth"): its trade with the owner, in the verb's direction.
        var ownVerb = Patterns.CoordinatedSubjectFlow().Match(text, nounEnd, moneyStart - nounEnd);
        if (!ownVerb.Success && Patterns.OtherFlowWord().IsMatch(text.AsSpan(nounEnd, moneyStart - nounEnd))) return null;
        // "China is also the Philippines' second largest export market ($11.55 billion) and a leading import source ($26.8 billion)": a noun
        // coordinated with the one before it shares its subject and its owner, read from the first.
        var head = noun;
        for (var k = nouns.Count - 2; k >= 0 && Patterns.CoordinatedNoun().IsMatch(before[(nouns[k].Index + nouns[k].Length)..head.Index]); k--) head = nouns[k];
        var nounAt = from + head.Index;
        var named = doc.CountriesIn(s, s.Start, nounAt);
        if (named.Length == 0) return null;
        // The owner: a possessive right before the noun ("New Zealand's main"), or "our"/"its" for the publisher's side, or the country
        // named inside the noun ("the largest destination for U.S. exports").
        var inside = doc.CountriesIn(s, nounAt, nounEnd);
        string? owner = inside.Length == 1 ? inside[0].Iso3 : null;
        var subjectIndex = named.Length - 1;
        var last = named[^1];
        var possessiveOwner = false;
        if (owner is null && last.Possessive && Patterns.OwnerToNoun().IsMatch(text.AsSpan(last.End, nounAt - last.End)))
        {
            owner = last.Iso3;
            subjectIndex--;
            possessiveOwner = true;
        }
        if (subjectIndex < 0) return null;
        var subject = named[subjectIndex];
        var link = text.AsSpan(subject.End, (possessiveOwner ? last.Start : nounAt) - subject.End);
        if (!Patterns.CopulaToMarket().IsMatch(link)) return null;
        if (owner is null)
        {
            if (!Patterns.OurBeforeNoun().IsMatch(text.AsSpan(subject.End, nounAt - subject.End))) return null;
            owner = doc.Publisher is { } pub && pub != subject.Iso3 ? pub : Other(doc, null, subject.Iso3);
        }
        if (owner is null || owner == subject.Iso3) return null;
        if (ownVerb.Success) return new Clause(subject.Iso3, owner, ownVerb.Groups["exp"].Success ? Flows.Exports : Flows.Imports);
        var flow = noun.Groups["imp"].Success ? Flows.Imports : Flows.Exports;
        // "China is our largest export market, worth $94 billion, followed by Japan ($39 billion)": a listed country after the noun is the
        // owner's next market.
        if (listed is { } next && next.Start > nounEnd) return next.Iso3 == owner ? null : new Clause(owner, next.Iso3, flow);
        // "the USA was the largest market for UK exports, taking £132.2 billion, with Germany, in second place, taking £46.6 billion": a
        // country named between the noun and the figure is the owner's next market; not one it is ranked against ("(below the United
        // States, China and Japan)").
        var between = Sides(doc, doc.CountriesIn(s, nounEnd, moneyStart), moneyStart);
        if (between.Length > 0) return between[^1].Iso3 == owner ? null : new Clause(owner, between[^1].Iso3, flow);
        // "Israel was the third largest market for Greek exports with $180 million, followed by Lebanon with $145 million": the subject's
        // figure is the first after the noun; a later one is another country's.
        for (var i = s.MoneyFrom; i < s.MoneyTo && doc.Monies[i].Start < moneyStart; i++)
            if (doc.Monies[i].Start > nounEnd) return null;
        return new Clause(owner, subject.Iso3, flow);
    }

    internal static bool MarketNounBefore(Document doc, Sentence s, int moneyStart)
    {
        var from = Roles.ClauseStart(doc.Text, Math.Max(s.Start, moneyStart - Roles.MaxClause), moneyStart);
        var clause = doc.Text.AsSpan(from, moneyStart - from);
        if (!Patterns.Has(clause, Patterns.MarketCue)) return false;
        var nouns = Patterns.MarketNoun().Matches(clause.ToString());
        if (nouns.Count == 0) return false;
        var last = nouns[^1];
        // Another flow named after the noun starts another subject: "the top export market, and imports reached $X"; not one the noun's
        // figure is given with ("the fourth-largest source with imports totaling $X").
        var rest = clause[(last.Index + last.Length)..];
        return !Patterns.OtherFlowWord().IsMatch(rest) || Patterns.WithFlowOfNoun().IsMatch(rest);
    }

    internal static string FlowOfTrader(string noun) =>
        noun.StartsWith("export", StringComparison.OrdinalIgnoreCase) || noun.StartsWith("supplier", StringComparison.OrdinalIgnoreCase) ? Flows.Exports : Flows.Imports;

    // The item of a list of products or sectors: "cereals ($3.1 billion)", "Machinery ($12.2 billion)", "Fruit (soybeans) ($10.7 billion)";
    // a country before the bracket ("Canada ($679.9 billion)"), a year ("in 2021 ($5.1 billion)") or the flow itself ("bilateral trade
    // ($5 billion)") is not.
    internal static bool IsBreakdownItem(Document doc, Sentence s, int left, int moneyStart)
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

    internal static Clause? FlowAfter(Document doc, Sentence s, int moneyEnd, int right, string? perspective)
    {
        var text = doc.Text;
        var end = Math.Min(right, moneyEnd + 80);
        // "a goal of $10 billion in two-way trade with India", "$5 billion of trade between Ghana and Kenya": the pair follows the figure.
        var total = Patterns.TotalAfterFigure().Match(text, moneyEnd, end - moneyEnd);
        if (total.Success)
        {
            var named = doc.CountriesIn(s, total.Index + total.Length, Math.Min(end, total.Index + total.Length + 40));
            if (named.Length == 0 || named[0].Start - (total.Index + total.Length) > 4) return null;
            if (total.Groups["between"].Success)
                return named.Length >= 2 && named[0].Iso3 != named[1].Iso3 ? new Clause(named[0].Iso3, named[1].Iso3, Flows.Total) : null;
            var with = named[0].Iso3;
            string? own = null;
            foreach (var c in doc.CountriesIn(s, s.Start, moneyEnd)) if (c.Iso3 != with) own = c.Iso3;
            own ??= doc.Publisher != with ? doc.Publisher : null;
            return own is null ? null : new Clause(own, with, Flows.Total);
        }
        var hyphenated = Patterns.PairTradeAfterFigure().Match(text, moneyEnd, end - moneyEnd);
        if (hyphenated.Success)
        {
            var pair = hyphenated.Groups["pair"];
            var inPair = doc.CountriesIn(s, pair.Index, pair.Index + pair.Length);
            return inPair.Length == 2 && inPair[0].Iso3 != inPair[1].Iso3 ? new Clause(inPair[0].Iso3, inPair[1].Iso3, Flows.Total) : null;
        }
        if (PassiveFlow(doc, s, moneyEnd, right) is { } passive) return passive;
        // "Greek exports amounted to 148 million euros, as against 135.89 million euros of imports from Israel": a flow and its partner
        // right after the figure, the trader being the country the sentence spoke of before.
        if (Patterns.FlowToPartnerAfterFigure().Match(text, moneyEnd, end - moneyEnd) is { Success: true } bare)
        {
            var partnerAt = bare.Index + bare.Length;
            var named = doc.CountriesIn(s, partnerAt, Math.Min(end, partnerAt + 40));
            if (named.Length == 0 || named[0].Start - partnerAt > 4) return null;
            string? trader = null;
            foreach (var c in doc.CountriesIn(s, s.Start, moneyEnd)) if (c.Iso3 != named[0].Iso3) trader = c.Iso3;
            return trader is null ? null : new Clause(trader, named[0].Iso3, bare.Groups["imp"].Success ? Flows.Imports : Flows.Exports);
        }
        var m = Patterns.FlowAfterFigure().Match(text, moneyEnd, end - moneyEnd);
        if (!m.Success) return null;
        var flow = m.Groups["imp"].Success ? Flows.Imports : Flows.Exports;
        var flowAt = m.Index + m.Length;
        string? reporter = null, partner = null;
        var demonym = false;
        foreach (var c in doc.CountriesIn(s, moneyEnd, end))
        {
            if (c.End <= flowAt) (reporter, demonym) = (c.Iso3, c.Kind == MentionKind.Demonym);
            else if (partner is null && Patterns.PartnerPreposition().IsMatch(text.AsSpan(flowAt, c.Start - flowAt))) partner = c.Iso3;
        }
        if (reporter is null) return null;
        // "729.49 million US dollars' worth of Romanian exports and 3.83 billion US dollars' worth of Chinese imports": imports named by a
        // demonym, with no partner, in a text speaking from the other side of the pair, come from that demonym's country.
        if (partner is null && demonym && flow == Flows.Imports && perspective is not null && Other(doc, null, reporter) == perspective)
            return new Clause(perspective, reporter, Flows.Imports);
        partner ??= Other(doc, null, reporter);
        return partner is null || partner == reporter ? null : new Clause(reporter, partner, flow);
    }

    // "goods worth 116 billion euros were imported from China to Germany" (Germany's imports), "were exported from Spain to Chile", "traded
    // between China and Germany": the countries after the verb, by their prepositions; a side not named is the text's other one. The
    // agent after "by" is the side the verb is of: "were imported by the United States from China" (the importer), "exported by Kenya".
    private static Clause? PassiveFlow(Document doc, Sentence s, int moneyEnd, int right)
    {
        var text = doc.Text;
        var verb = Patterns.PassiveFlowAfterFigure().Match(text, moneyEnd, Math.Min(right, moneyEnd + 100) - moneyEnd);
        if (!verb.Success) return null;
        var verbEnd = verb.Index + verb.Length;
        string? origin = null, destination = null, agent = null;
        var between = new List<string>(2);
        foreach (var c in doc.CountriesIn(s, verbEnd, Math.Min(right, verbEnd + 60)))
        {
            var gap = text.AsSpan(verbEnd, c.Start - verbEnd);
            var word = gap.TrimEnd();
            word = word[(word.LastIndexOfAny(' ', '\n') + 1)..];
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                var w = gap[..gap.TrimEnd().LastIndexOfAny(' ', '\n')].TrimEnd();
                word = w[(w.LastIndexOfAny(' ', '\n') + 1)..];
            }
            if (word.Equals("from", StringComparison.OrdinalIgnoreCase)) origin ??= c.Iso3;
            else if (word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase)) destination ??= c.Iso3;
            else if (word.Equals("between", StringComparison.OrdinalIgnoreCase) || (word.Equals("and", StringComparison.OrdinalIgnoreCase) && between.Count == 1)) between.Add(c.Iso3);
            else if (word.Equals("by", StringComparison.OrdinalIgnoreCase)) agent ??= c.Iso3;
            else break;
        }
        if (verb.Groups["both"].Success)
            return between.Count == 2 && between[0] != between[1] ? new Clause(between[0], between[1], Flows.Total) : null;
        if (agent is not null)
        {
            if (verb.Groups["exp"].Success) origin ??= agent;
            else destination ??= agent;
        }
        origin ??= destination is null ? null : Other(doc, null, destination);
        destination ??= origin is null ? null : Other(doc, null, origin);
        if (origin is null || destination is null || origin == destination) return null;
        return verb.Groups["exp"].Success ? new Clause(origin, destination, Flows.Exports) : new Clause(destination, origin, Flows.Imports);
    }

    /// <summary>True when the country is the partner of a flow named before it ("imports from Venezuela"), and so trades no flow named
    /// after it.</summary>
    private static bool PartnerOfEarlierFlow(string text, int sentenceStart, CountryMention c)
    {
        var from = Math.Max(sentenceStart, c.Start - 80);
        return Patterns.FlowPartnerBefore().IsMatch(text.AsSpan(from, c.Start - from));
    }

    private static bool TradeWith(string text, int sentenceStart, CountryMention c)
    {
        var from = Math.Max(sentenceStart, c.Start - 30);
        return Patterns.TradeWithBefore().IsMatch(text.AsSpan(from, c.Start - from));
    }

    internal static CountryMention? ListedCountry(Document doc, Sentence s, int left, int moneyStart)
    {
        var l = doc.Text.AsSpan(left, moneyStart - left).TrimEnd();
        if (!l.EndsWith("(")) return null;
        var mentions = doc.CountriesIn(s, left, moneyStart);
        if (mentions.Length == 0) return null;
        var last = mentions[^1];
        return doc.Text.AsSpan(last.End, moneyStart - last.End).Trim() is "(" ? last : null;
    }

    internal static bool WithBefore(string text, int at)
    {
        var from = Math.Max(0, at - 10);
        var before = text.AsSpan(from, at - from).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4].TrimEnd();
        return before.EndsWith("with", StringComparison.OrdinalIgnoreCase);
    }

    // The countries (all named before the figure at end) that are sides of the figure: not those named for comparison ("the
    // second-largest partner after China"; "its third largest partner after China and the United States": a country coordinated with one
    // named for comparison is one too), nor one named inside a relative clause set off after another country and closed before the figure
    // ("Rwanda, which subsequently turned to Tanzania for trade, had exported goods worth $13 million to Uganda": Rwanda is the exporter).
    // One pass, left to right, so a long list costs what it is long.
    internal static ReadOnlySpan<CountryMention> Sides(Document doc, ReadOnlySpan<CountryMention> mentions, int end)
    {
        List<CountryMention>? kept = null;
        var comparison = false;
        var aside = false;
        for (var i = 0; i < mentions.Length; i++)
        {
            comparison = IsComparison(doc, mentions[i]) || (comparison && mentions[i - 1].End <= mentions[i].Start
                && Patterns.Coordinated().IsMatch(doc.Text.AsSpan(mentions[i - 1].End, mentions[i].Start - mentions[i - 1].End)));
            aside = i > 0 && mentions[i - 1].End <= mentions[i].Start && InAside(doc.Text, mentions[i - 1].End, mentions[i], end, aside);
            var drop = comparison || aside;
            if (drop && kept is null) kept = [.. mentions[..i]];
            else if (!drop) kept?.Add(mentions[i]);
        }
        return kept is null ? mentions : kept.ToArray();
    }

    // Whether c is inside a relative clause opened after the country ending at previousEnd (", which", "(whose") and closed by a comma or
    // a bracket before end; once inside (stillInside), until a comma, a semicolon or a bracket comes.
    private static bool InAside(string text, int previousEnd, CountryMention c, int end, bool stillInside)
    {
        var between = text.AsSpan(previousEnd, c.Start - previousEnd);
        if (!(stillInside ? between.IndexOfAny(",;)") < 0 : Patterns.AsideOpening().IsMatch(between))) return false;
        return c.End < end && text.AsSpan(c.End, end - c.End).IndexOfAny(",)") >= 0;
    }

    internal static bool IsComparison(Document doc, CountryMention c)
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
    // The one country other than own a sentence names, or null when it names none or several.
    private static string? OnlyOther(Document doc, Sentence s, string own)
    {
        string? other = null;
        foreach (var c in doc.CountriesIn(s, s.Start, s.End))
        {
            if (c.Iso3 == own) continue;
            if (other is not null && other != c.Iso3) return null;
            other = c.Iso3;
        }
        return other;
    }

    // Whether a sentence names both countries and no other.
    private static bool NamesOnly(Document doc, Sentence s, string a, string b)
    {
        bool sawA = false, sawB = false;
        foreach (var c in doc.CountriesIn(s, s.Start, s.End))
        {
            if (c.Iso3 == a) sawA = true;
            else if (c.Iso3 == b) sawB = true;
            else return false;
        }
        return sawA && sawB;
    }

    private static int DistinctCountries(Document doc, Sentence s)
    {
        var seen = new HashSet<string>();
        foreach (var c in doc.CountriesIn(s, s.Start, s.End)) seen.Add(c.Iso3);
        return seen.Count;
    }

    internal static string? TitleOther(Document doc, string reporter) =>
        doc.Sentences.Count > 0 && doc.Sentences[0].Headline ? OnlyOther(doc, doc.Sentences[0], reporter) : null;

    internal static ReadOnlySpan<CountryMention> BeforePosition(ReadOnlySpan<CountryMention> mentions, int position)
    {
        var i = 0;
        while (i < mentions.Length && mentions[i].End <= position) i++;
        return mentions[..i];
    }

    internal static ReadOnlySpan<CountryMention> AfterPosition(ReadOnlySpan<CountryMention> mentions, int position)
    {
        var i = 0;
        while (i < mentions.Length && mentions[i].Start < position) i++;
        return mentions[i..];
    }

    internal static bool AllIn(ReadOnlySpan<CountryMention> mentions, Clause pair)
    {
        foreach (var m in mentions)
            if (m.Iso3 != pair.Reporter && m.Iso3 != pair.Partner) return false;
        return true;
    }

    // The last two different countries named, in text order.
    internal static (string? First, string? Second) LastTwo(ReadOnlySpan<CountryMention> mentions)
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

    // "During a meeting at the World Economic Forum conference in China, Prime Minister Chinh and his New Zealand counterpart ...": the
    // country an event was held in is where the speakers met, not a side of the pair they speak of. "The two countries enjoy bilateral
    // trade relations under the ASEAN-Australia-New Zealand Free Trade Agreement": a name joined by hyphens to two others names a group
    // of three or more, no side of a pair either.
    // (No copy when no country is either, as in almost every sentence.)
    internal static ReadOnlySpan<CountryMention> WithoutVenuesOrGroups(Document doc, ReadOnlySpan<CountryMention> mentions)
    {
        List<CountryMention>? kept = null;
        for (var i = 0; i < mentions.Length; i++)
        {
            var c = mentions[i];
            var venue = Patterns.VenueBefore().IsMatch(doc.Text.AsSpan(Math.Max(0, c.Start - 40), Math.Min(40, c.Start))) || InNameChain(doc.Text, c);
            if (venue && kept is null) kept = [.. mentions[..i]];
            else if (!venue) kept?.Add(c);
        }
        return kept is null ? mentions : kept.ToArray();
    }

    private static bool InNameChain(string text, CountryMention c)
    {
        var before = Patterns.NameLinksBefore().Match(text, Math.Max(0, c.Start - 40), Math.Min(40, c.Start));
        var after = Patterns.NameLinksAfter().Match(text, c.End, Math.Min(40, text.Length - c.End));
        return (before.Success ? before.Groups["l"].Captures.Count : 0) + (after.Success ? after.Groups["l"].Captures.Count : 0) >= 2;
    }

    // The first two different countries named; with exactlyTwo, none unless there are exactly two.
    internal static (string? First, string? Second) FirstTwo(ReadOnlySpan<CountryMention> mentions, bool exactlyTwo = false)
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
    internal static string? Other(Document doc, Clause? local, string? known)
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

    internal static string PairKey(string a, string b, string flow) =>
        flow == Flows.Total ? (string.CompareOrdinal(a, b) < 0 ? $"{a}-{b}" : $"{b}-{a}") + ":total"
        : flow == Flows.Exports ? $"{a}>{b}" : $"{b}>{a}";
}
