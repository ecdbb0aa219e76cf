using System.Text.RegularExpressions;
namespace TradeApi.Extraction;

/// <summary>What a money mention is in its sentence. Facts are built only from levels and targets; every other role is read and dropped.</summary>
public enum Role
{
    /// <summary>The level of a flow ("trade reached $8.4 billion in 2021").</summary>
    Level,
    /// <summary>An aim the speakers commit to ("agreed to raise trade to $10 billion by 2030").</summary>
    Target,
    /// <summary>A change of a level ("rose by $0.9 billion", "up 12% ($1.2 billion)").</summary>
    Change,
    /// <summary>A deficit, surplus or balance.</summary>
    Balance,
    /// <summary>A figure of one sector or of services only ("dairy exports", "trade in services").</summary>
    Sector,
    /// <summary>Deals, investment and other money announced rather than traded ("£1bn of new trade and investment").</summary>
    Deal,
    /// <summary>The amount before it restated in another currency ("€150 billion ($163 billion)").</summary>
    Conversion,
    /// <summary>What someone expects rather than aims at ("could soon reach $90 billion").</summary>
    Forecast,
    /// <summary>A mean over a period rather than one year's level ("averaged $1.2 million a year").</summary>
    Average,
}

// The roles that can be told from the words around a figure alone, before any pair or year is resolved.
internal static class Roles
{
    /// <summary>Longest stretch before a figure that is read as its clause.</summary>
    public const int MaxClause = 400;

    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> s, int n) => s.Length > n ? s[^n..] : s;

    // The clause a figure sits in starts after the last ';', ", and", "while", "whereas", ", but", "even though" or "although" before it:
    // "goods exports reached $74.4 billion, while services exports were $50.6 billion" has two clauses; so has "The trade deficit ...
    // piled up to $27.07 billion even though Indian exports to China went up to $23.4 billion".
    public static int ClauseStart(string text, int sentenceStart, int at)
    {
        var span = text.AsSpan(sentenceStart, at - sentenceStart);
        var b = Math.Max(Math.Max(span.LastIndexOf(';'), span.LastIndexOf(", and ")),
            Math.Max(span.LastIndexOf(" while "), Math.Max(span.LastIndexOf(" whereas "), span.LastIndexOf(", but "))));
        var contrast = Math.Max(span.LastIndexOf(" even though "), span.LastIndexOf(" although "));
        // "the trade balance, although still positive for Portugal, registered a decrease ... from 1.5 billion": a concession set off by
        // commas inside a clause, its verb still to come, leaves the clause it interrupts.
        if (contrast > 0 && span[contrast - 1] == ',' && Patterns.ConcessionAside().IsMatch(span[(contrast + 1)..])) contrast = -1;
        b = Math.Max(b, contrast);
        // "While he accepted that the balance of trade will remain ..., he set a target of $30 billion": a contrastive clause that opens
        // the sentence ends at its comma.
        if (b < 0 && Patterns.ContrastOpening().IsMatch(span) && span.IndexOf(',') is > 0 and var comma) b = comma;
        return b < 0 ? sentenceStart : sentenceStart + b + 1;
    }

    // Where the clause of a figure ends: at ", and", ";", ", while", ", but" or ", whereas" after it, else at right.
    public static int ClauseEnd(string text, int from, int right)
    {
        var span = text.AsSpan(from, right - from);
        var end = span.Length;
        foreach (var joint in (ReadOnlySpan<string>)[", and ", ";", ", while ", ", but ", ", whereas "])
            if (span.IndexOf(joint, StringComparison.OrdinalIgnoreCase) is >= 0 and var at && at < end) end = at;
        return from + end;
    }

    // "The trade gap is indeed considerable: In 2016 New Zealand exported $110 million worth of goods to Samoa": what follows a colon and
    // names a flow of its own is a statement of its own, which the words before the colon only announce.
    private static ReadOnlySpan<char> AfterColonStatement(ReadOnlySpan<char> clause)
    {
        var colon = clause.LastIndexOf(": ");
        return colon >= 0 && Patterns.FlowWord().IsMatch(clause[(colon + 2)..]) ? clause[(colon + 2)..] : clause;
    }

    /// <summary>True when next restates figure in another currency right after it: "150 billion euros ($163 billion)", "$1 billion, or about £780 million".</summary>
    public static bool IsConversion(string text, MoneyMention figure, MoneyMention next) =>
        next.Currency != figure.Currency && next.Start - figure.End is >= 0 and <= 40
        && Patterns.ConversionBefore().IsMatch(text.AsSpan(figure.End, next.Start - figure.End));

    /// <summary>The role of a figure from its own words: the clause before it (since the figure before, if any), and the words after it
    /// (up to the next figure, and up to the clause's end).</summary>
    public static Role? Early(ReadOnlySpan<char> sinceFigure, ReadOnlySpan<char> clause, ReadOnlySpan<char> right, ReadOnlySpan<char> rightNear, bool afterFigure, bool restatesFigureBefore, Role? before)
    {
        sinceFigure = Tail(sinceFigure, MaxClause);
        if (restatesFigureBefore) return Role.Conversion;
        if (Patterns.Has(clause, Patterns.BalanceCue) && Patterns.BalanceWord().IsMatch(AfterColonStatement(clause))) return Role.Balance;
        // "with Canada was $21.6 billion" after a deficit figure lists more deficits, unless a flow word starts a new subject.
        if (before == Role.Balance && afterFigure && !Patterns.FlowWord().IsMatch(sinceFigure)) return Role.Balance;
        // "rose 21.5 % ($2.7 billion)" restates a change; "accounts for 2.1 percent ($123 million) of" restates a share (Pairs.ShareOfFlow).
        if (Patterns.PercentBracketBefore().IsMatch(Tail(sinceFigure, 40)) && !Patterns.ShareRightBefore().IsMatch(Tail(sinceFigure, 80))) return Role.Change;
        // "exported 266.2 million tonnes of iron ore to China in 2009 (A$21.7 billion in value terms)": the value of a quantity of goods.
        if (Patterns.QuantityOfGoods().IsMatch(Tail(sinceFigure, 120))) return Role.Sector;
        var sectorScope = afterFigure ? sinceFigure : clause;
        if (Patterns.Has(sectorScope, Patterns.FlowNounCue) && IsSectorFlow(sectorScope)) return Role.Sector;
        if (IsServicesAlone(sectorScope)) return Role.Sector;
        // "Jordan ranked as the fifth-largest import market for Egyptian processed foods in 2021, worth $188 million": a market for one
        // sector's goods buys that sector's.
        if (IsMarketForSector(sectorScope)) return Role.Sector;
        // "a target of $100 billion in bilateral trade, excluding oil and precious metals": the trade in all but some goods is a part.
        if (ExcludesGoods(sectorScope) || ExcludesGoods(right.Length > 80 ? right[..80] : right)) return Role.Sector;
        // "exports to Puerto Rico, under the Free Zones regime, reached", "imports under the temporary admission regime": a customs regime
        // names one part of the trade.
        if (sectorScope.Contains("regime", StringComparison.OrdinalIgnoreCase) && Patterns.UnderRegime().IsMatch(sectorScope)) return Role.Sector;
        // "Japan imported garments worth $1.34 billion": a verb's object that names goods is one item of the trade ("goods worth" is all).
        if (IsProductObject(Tail(sectorScope, 120))) return Role.Sector;
        // "Egypt's exports to Greece were led by fuels, mineral oils, and distillation products, valued at $610 million": the goods that
        // lead a flow, read over the words since the figure before (the clause would end at the list's ", and").
        if (sinceFigure.Contains("ed by ", StringComparison.OrdinalIgnoreCase) && Patterns.LedByGoodsBefore().IsMatch(Tail(sinceFigure, 200))) return Role.Sector;
        // "The top export to Japan was electronic products worth $3.01 billion, followed by wiring sets valued at $962 million": a ranked
        // export is a product, through the whole clause.
        if (Patterns.Has(clause, Patterns.RankedProductCue) && Patterns.RankedProduct().IsMatch(Tail(clause, 150))) return Role.Sector;
        // "cooperation in agriculture. Last year, the volume of trade in this sector reached $1.7 billion": a sector named before.
        if (Patterns.SectorNamedBefore().IsMatch(sectorScope)) return Role.Sector;
        // "The service sector exported USD 5.77 billion ... against a target of USD 7.50 billion": a sector that trades is a part of the
        // trade, and so is the target its figure is measured against.
        if ((sectorScope.Contains("sector", StringComparison.OrdinalIgnoreCase) || sectorScope.Contains("industry", StringComparison.OrdinalIgnoreCase))
            && Patterns.SectorTrader().IsMatch(sectorScope)) return Role.Sector;
        if (before == Role.Sector && afterFigure && Patterns.AgainstTargetBefore().IsMatch(Tail(sinceFigure, 60))) return Role.Sector;
        // "services were $2.7 billion, with Canadian exports accounting for $1.6 billion of that total": a part of a sector's figure is
        // that sector's.
        if (before == Role.Sector && afterFigure && Patterns.PartOfBefore().IsMatch(right)) return Role.Sector;
        if (Patterns.DealAfter().IsMatch(rightNear.Length > 60 ? rightNear[..60] : rightNear)) return Role.Deal;
        // "both countries signed potential investment and trade with total amount of $2 billion": what is signed is announced.
        if (clause.Contains("sign", StringComparison.OrdinalIgnoreCase) && Patterns.SignedDealBefore().IsMatch(Tail(clause, 160))) return Role.Deal;
        // "have agreed to a trade deal worth USD 1.6bn": the value of a deal, signed or not, read only when "worth" is there to match.
        if (sinceFigure.Contains("worth", StringComparison.OrdinalIgnoreCase) && Patterns.DealWorthBefore().IsMatch(Tail(sinceFigure, 60))) return Role.Deal;
        // "the web portal generated direct trade transactions worth over $9.84 million": what an event or a channel generated.
        if (clause.Contains("generat", StringComparison.OrdinalIgnoreCase) && Patterns.GeneratedBusinessBefore().IsMatch(Tail(clause, 120))) return Role.Deal;
        // "agreed on the delivery of Kazakh flour worth US$4 million": one delivery's value, read only when "worth" is there to match.
        if (sinceFigure.Contains("worth", StringComparison.OrdinalIgnoreCase) && Patterns.OneDeliveryBefore().IsMatch(Tail(sinceFigure, 120))) return Role.Deal;
        // "PTI facilitated $49 million worth of exports": the deals made through an agency or a channel.
        if (sinceFigure.Contains("facilitat", StringComparison.OrdinalIgnoreCase) && Patterns.FacilitatedBefore().IsMatch(Tail(sinceFigure, 40))) return Role.Deal;
        // "a turnover of around RON 3.3 billion, with total assets of RON 2.7 billion": companies' sales beside their accounts.
        if (sinceFigure.Contains("turnover", StringComparison.OrdinalIgnoreCase) && Patterns.BareTurnoverBefore().IsMatch(Tail(sinceFigure, 60))
            && (Patterns.CompanyAccounts().IsMatch(Tail(clause, 200)) || Patterns.CompanyAccounts().IsMatch(right.Length > 80 ? right[..80] : right))) return Role.Deal;
        // "the annual trade turnover averaged as little as $1.2 million", "$300 million a year on average": a mean over several years or
        // months is no year's level.
        if ((Patterns.Has(Tail(sinceFigure, 100), Patterns.AverageCue) && Patterns.AverageBefore().IsMatch(Tail(sinceFigure, 100)))
            || (Patterns.Has(rightNear, Patterns.AverageCue) && Patterns.AverageAfter().IsMatch(rightNear))) return Role.Average;
        if (Patterns.ChangeBefore().IsMatch(Tail(sinceFigure, 60))) return Role.Change;
        // "The largest increases in imports were $52.1 billion": a change as the subject of the figure.
        if (Patterns.ChangeSubject().IsMatch(Tail(sinceFigure, 100))) return Role.Change;
        // "declined by $9.1 billion (3.4 percent)": a bare percentage in brackets after the figure is its relative size as a change.
        if (Patterns.PercentBracketAfter().IsMatch(right)) return Role.Change;
        // "a $12 million increase from the previous year": a figure the noun of a change follows is that change.
        if (Patterns.ChangeNounAfter().IsMatch(rightNear)) return Role.Change;
        // "exported $1.2 billion of cashews", "$5.1 billion worth of crude oil": a figure of named goods is one item of the trade.
        if (IsProductAfter(rightNear)) return Role.Sector;
        return null;
    }

    /// <summary>True when services are what the clause trades, with no goods beside them: "Bilateral services in 2018 were valued at
    /// $2.7 billion" (not "goods and services", "trade, including services", "excluding services").</summary>
    public static bool IsServicesAlone(ReadOnlySpan<char> scope) =>
        scope.Contains("service", StringComparison.OrdinalIgnoreCase) && !scope.Contains("goods", StringComparison.OrdinalIgnoreCase)
        && !scope.Contains("merchandise", StringComparison.OrdinalIgnoreCase) && Patterns.ServicesAlone().IsMatch(scope);

    /// <summary>True when goods are left out of the figure within three words of "excluding", "except", "other than", "apart from":
    /// "excluding oil and precious metals" leaves a part of the trade. Leaving out services leaves goods, the whole customs count.</summary>
    public static bool ExcludesGoods(ReadOnlySpan<char> scope)
    {
        if (!Patterns.Has(scope, Patterns.ExclusionCue)) return false;
        foreach (var m in Patterns.Exclusion().EnumerateMatches(scope))
        {
            var pos = m.Index + m.Length;
            for (var k = 0; k < 3; k++)
            {
                var start = pos;
                while (pos < scope.Length && (char.IsLetter(scope[pos]) || scope[pos] == '-')) pos++;
                var word = scope[start..pos];
                if (word.IsEmpty) break;
                if (IsSectorWord(word) && !word.Equals("services", StringComparison.OrdinalIgnoreCase)) return true;
                while (pos < scope.Length && scope[pos] == ' ') pos++;
            }
        }
        return false;
    }

    // Words after "of" that make the figure the whole trade ("$5 billion of goods", "of Chinese exports"), or say nothing of goods
    // ("of which", "of the total", "of 2019").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeOrNoGoods = new HashSet<string>(
        ["goods", "merchandise", "products", "commodities", "trade", "exports", "imports", "export", "import", "shipments", "turnover", "business",
         "bilateral", "two-way", "total", "all", "the", "its", "their", "our", "this", "that", "these", "those", "which", "what", "each", "every", "it",
         "them", "a", "an", "investment", "investments", "fdi", "deals", "contracts", "agreements", "items", "cargo"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new HashSet<string>(
        ["to", "from", "with", "in", "into", "for", "by", "at", "on", "during", "between", "and", "last", "this", "per", "a"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Words between "of" and an amount: "exports of about $5 billion", "imports of over $2 billion".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Hedges = new HashSet<string>(
        ["about", "around", "approximately", "nearly", "almost", "over", "more", "less", "under", "some", "roughly", "close", "just", "only", "up",
         "upwards", "well", "estimated", "worth", "value", "valued", "slightly", "barely", "merely", "below", "above", "exactly", "circa", "usd",
         "us", "rs", "inr", "rmb", "yuan", "rubles", "roubles", "euros", "dollars", "pounds", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine", "ten", "record", "new", "all-time", "historic", "high", "low", "higher", "lower", "goods-and-services"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the figure is of named goods ("$1.2 billion of cashews", "worth of crude oil", "of Russian oil"): a lower-case
    /// noun phrase, or one with a sector word, after "of", with no word of the whole trade in it.</summary>
    public static bool IsProductAfter(ReadOnlySpan<char> right)
    {
        // Cheap first: almost no figure is followed by "of", "in" or "worth".
        var head = right.TrimStart();
        if (!(head.StartsWith("of ", StringComparison.Ordinal) || head.StartsWith("in ", StringComparison.Ordinal) || head.StartsWith("worth ", StringComparison.Ordinal))) return false;
        if (Patterns.OfAfter().Match(right.ToString()) is not { Success: true } m) return false;
        var what = m.Groups["what"].ValueSpan;
        // "exported $2.4 billion worth of this product": goods pointed back to are the goods named before, one item of the trade.
        if (Patterns.PointedProduct().IsMatch(what)) return true;
        var (sector, words) = (false, 0);
        foreach (var range in what.Split(' '))
        {
            var word = what[range].Trim(".'’");
            // The phrase ends at a preposition: "$1.2 billion of cashews to the United States".
            if (words > 0 && Prepositions.Contains(word)) break;
            // "$100 billion in non-oil trade", "worth of non-oil products": all but a sector is a part too.
            sector |= IsSectorWord(word.StartsWith("non-", StringComparison.OrdinalIgnoreCase) ? word[4..] : word);
            // "of Chinese goods" is the whole; "of agricultural products" is a sector's, the sector word coming first.
            if (word.Length == 0 || char.IsDigit(word[0]) || (!sector && WholeOrNoGoods.Contains(word))) return false;
            words++;
        }
        // After "in" only a sector word names goods ("$1.5 billion in agricultural products"; not "in value", "in the first half").
        return sector || (!m.Groups["in"].ValueSpan.SequenceEqual("in") && char.IsLower(what[0]));
    }

    // Words of a verb's object that say nothing of the goods: "offer a wide range of industrial products", "exported more goods".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectFillers = new HashSet<string>(
        ["a", "an", "the", "its", "their", "our", "of", "wide", "broad", "range", "variety", "more", "less", "all", "some", "various"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsMarketForSector(ReadOnlySpan<char> scope)
    {
        var at = scope.LastIndexOf("market for ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var goods = scope[(at + "market for ".Length)..];
        foreach (var range in goods.Split(' '))
        {
            var raw = goods[range];
            var word = raw.TrimEnd(",;:");
            if (word.Length == 0) return false;
            if (IsSectorWord(word)) return true;
            // "an open market for goods, including agricultural products": the phrase ends at its first stop.
            if (word.Length < raw.Length) return false;
        }
        return false;
    }

    private static bool IsProductObject(ReadOnlySpan<char> scope)
    {
        if (!scope.Contains("worth", StringComparison.OrdinalIgnoreCase) && !Patterns.Has(scope, Patterns.ProductObjectCue)) return false;
        if (Patterns.TradeVerbObject().Match(scope.ToString()) is not { Success: true } m) return false;
        var what = m.Groups["what"].ValueSpan;
        // "exporting goods and services worth": the services beside the goods are the rest of the whole trade, no sector.
        if (what.EndsWith("goods and services", StringComparison.OrdinalIgnoreCase) || what.EndsWith("goods & services", StringComparison.OrdinalIgnoreCase))
        {
            var head = what[..what.LastIndexOf("goods", StringComparison.OrdinalIgnoreCase)].TrimEnd();
            what = head.IsEmpty ? "goods" : $"{head} goods";
        }
        // "would export Halal meat worth": a sector word after a name in capitals still names the goods.
        foreach (var range in what.Split(' '))
            if (IsSectorWord(what[range])) return true;
        var named = false;
        foreach (var range in what.Split(' '))
        {
            var word = what[range];
            if (word.Length == 0 || word is "and" || ObjectFillers.Contains(word)) continue;
            if (!char.IsLower(word[0]) || Hedges.Contains(word) || Prepositions.Contains(word)) return false;
            // "imported goods worth", "sold its products worth": the whole trade, unless a word before names which ("industrial products").
            if (WholeOrNoGoods.Contains(word)) return named;
            named = true;
        }
        // Any other noun in lower case names goods ("exported roses worth").
        return named;
    }

    // Words that make a flow one sector's: "dairy exports", "exports of agricultural products", "trade in services"; "domestic exports"
    // leave re-exports out; "border trade", "cross-border trade" is the part that crosses at the land checkpoints, "trade in the special
    // economic zone" the part of one zone, "informal exports" the part no customs office records, "transit trade" the goods that only cross
    // a country on their way to a third.
    // A word of one sector: "dairy", "oil"; and any word of farming by its prefix ("agricultural", "agri-food", "agro-industrial",
    // "agricommodity trade export value").
    private static bool IsSectorWord(ReadOnlySpan<char> word) =>
        SectorWords.Contains(word) || word.StartsWith("agri", StringComparison.OrdinalIgnoreCase) || word.StartsWith("agro", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SectorWords = new HashSet<string>(
        ["services", "domestic", "informal", "border", "cross-border", "transit", "zone", "zones", "farm", "food", "foods", "foodstuff", "foodstuffs", "dairy", "meat", "beef", "lamb", "pork", "poultry", "wool", "wine", "wines", "fish", "fisheries", "seafood", "car", "cars", "auto", "autos", "automotive", "automobile", "automobiles", "vehicle", "vehicles", "machinery", "energy", "oil", "gas", "lng", "coal", "crude", "petroleum", "arms", "defence", "defense", "military", "weapon", "weapons", "textile", "textiles", "garment", "garments", "apparel", "pharmaceutical", "pharmaceuticals", "medicine", "medicines", "steel", "aluminium", "aluminum", "grain", "grains", "wheat", "soybean", "soybeans", "soya", "rice", "timber", "logs", "gold", "diamond", "diamonds", "electronics", "semiconductor", "semiconductors", "tourism", "digital", "education", "fertiliser", "fertilisers", "fertilizer", "fertilizers", "chemical", "chemicals", "cotton", "tea", "coffee", "cocoa", "fruit", "vegetables", "seed", "seeds", "mineral", "minerals", "metal", "metals", "copper", "iron", "ore", "lithium", "nickel", "zinc", "uranium", "potash", "wood", "paper", "furniture", "footwear", "leather", "rubber", "palm", "tobacco", "sugar", "cashew", "cashews", "nuts", "spices", "jewellery", "jewelry", "gems", "plastics", "equipment", "aircraft", "ships", "smartphone", "smartphones", "phone", "phones", "electrical", "electricity", "power", "hydrocarbon", "hydrocarbons", "petrochemical", "petrochemicals", "livestock", "cattle", "horticultural", "horticulture", "kiwifruit", "forestry", "mining", "fabric", "fabrics", "yarn", "yarns", "clothing", "clothes", "knitwear", "shrimp", "shrimps", "salmon", "cement", "fuel", "fuels", "diesel", "jute", "silk", "flowers", "roses", "barley", "maize", "corn", "cereal", "cereals", "milk", "cheese", "cherries", "bananas", "avocados", "citrus", "parts", "components", "accessories"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PairAdjectives = new HashSet<string>(
        ["bilateral", "two-way", "mutual", "total", "annual"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlowNouns = new HashSet<string>(
        ["trade", "export", "exports", "import", "imports", "shipment", "shipments", "sales", "supplies", "deliveries", "purchases", "turnover"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a flow noun in the text is modified by a sector word right before it or in an "of"/"in" phrase right after it;
    /// "goods and services" is the whole, not a sector.</summary>
    public static bool IsSectorFlow(ReadOnlySpan<char> scope)
    {
        // "Exports of Cypriot products (domestic and re-exports)": domestic exports and re-exports together are all exports.
        var both = scope.Contains("re-export", StringComparison.OrdinalIgnoreCase) ? Patterns.DomesticAndReExports().Match(scope.ToString()) : Match.Empty;
        var all = both.Success ? both.Index..(both.Index + both.Length) : 0..0;
        // Flow nouns are found by a vectorised search; only the few words around each are read.
        for (var pos = 0; pos < scope.Length;)
        {
            var rel = scope[pos..].IndexOfAny(Patterns.FlowNounCue);
            if (rel < 0) return false;
            var start = pos + rel;
            var end = start;
            while (end < scope.Length && char.IsLetter(scope[end])) end++;
            pos = end + 1;
            if (start > 0 && char.IsLetterOrDigit(scope[start - 1])) continue;
            if (!FlowNouns.Contains(scope[start..end])) continue;
            if (Inside(start, all)) continue;
            // Before: "dairy exports", "oil and gas exports"; a word of the pair's trade between changes nothing ("non-petroleum bilateral trade").
            var w1 = WordBefore(scope, start);
            if (w1 is { } pairWord && PairAdjectives.Contains(scope[pairWord])) w1 = WordBefore(scope, pairWord.Start.Value);
            // "domestic Cypriot exports": a trader's name or demonym between changes nothing either.
            if (w1 is { } named && char.IsUpper(scope[named][0]) && WordBefore(scope, named.Start.Value) is { } beforeName && IsSector(scope, beforeName, null, null)) return true;
            if (w1 is { } r1)
            {
                var w2 = WordBefore(scope, r1.Start.Value);
                // "summing up trade turnover and services trade", "merchandise trade plus services trade": services added to the goods are
                // the whole, not a sector of it.
                if (ServicesAddedToGoods(scope, r1, w2)) continue;
                if (IsSector(scope, r1, w2, w2 is { } r2 ? WordBefore(scope, r2.Start.Value) : null)) return true;
                if (w2 is { } a2 && scope[a2] is "and" or "&" && WordBefore(scope, a2.Start.Value) is { } r3 && IsSector(scope, r3, null, null)) return true;
            }
            // After: "exports of agricultural products", "trade in services".
            if (After(scope, end, all)) return true;
        }
        return false;
    }

    private static bool ServicesAddedToGoods(ReadOnlySpan<char> scope, Range services, Range? joint) =>
        scope[services] is "services" or "service" && joint is { } j && scope[j] is "and" or "&" or "plus"
        && WordBefore(scope, j.Start.Value) is { } before && (FlowNouns.Contains(scope[before]) || scope[before] is "goods" or "merchandise");

    // The word that ends right before position, skipping spaces and punctuation other than a full stop.
    private static Range? WordBefore(ReadOnlySpan<char> scope, int position)
    {
        var e = position;
        while (e > 0 && !char.IsLetterOrDigit(scope[e - 1]) && scope[e - 1] is not ('.' or ';' or '&')) e--;
        if (e == 0 || scope[e - 1] is '.' or ';') return null;
        var b = e;
        while (b > 0 && (char.IsLetterOrDigit(scope[b - 1]) || scope[b - 1] is '-' or '&')) b--;
        return b..e;
    }

    private static bool Inside(int position, Range range) => position >= range.Start.Value && position < range.End.Value;

    // "of"/"in" right after the flow noun (or after the partner: "imports from Colombia of agricultural products"), then a sector word
    // within three words; none inside "domestic and re-exports" (allExports), which names all exports.
    private static bool After(ReadOnlySpan<char> scope, int from, Range allExports)
    {
        Range q1 = default, q2 = default;
        var k = 0;
        var partnerWords = -1; // -1: no partner phrase seen; then the capitalised words of the partner's name
        for (var i = from; i < scope.Length && k < 5;)
        {
            if (!char.IsLetterOrDigit(scope[i]) && scope[i] != '&' && scope[i] != '.') { i++; continue; }
            if (scope[i] == '.') { i++; continue; }
            var start = i;
            while (i < scope.Length && (char.IsLetterOrDigit(scope[i]) || scope[i] is '-' or '&' or '.')) i++;
            var token = start..i;
            if (k == 0 && partnerWords < 0 && scope[token] is "from" or "to") { partnerWords = 0; continue; }
            if (k == 0 && partnerWords is >= 0 and < 4 && (char.IsUpper(scope[token][0]) || scope[token] is "the")) { partnerWords++; continue; }
            if (k == 0 && scope[token] is not ("of" or "in")) return false;
            if (k > 0 && !Inside(start, allExports) && IsSector(scope, token, k >= 2 ? q1 : null, k >= 3 ? q2 : null)) return true;
            // "exports of 195 commodity items worth $260 million": a count of product lines is a part of the trade.
            if (k == 1 && char.IsAsciiDigit(scope[token][0]) && Patterns.CountedItems().IsMatch(scope[i..])) return true;
            // "exports of cut flowers to the United States were worth $1.4 billion": a lower-case noun of no whole trade right after
            // "of", with more words before the figure (not "exports of about $5 billion"), names goods.
            if (k == 1 && char.IsLower(scope[token][0]) && !WholeOrNoGoods.Contains(scope[token]) && !Prepositions.Contains(scope[token])
                && !Hedges.Contains(scope[token]) && scope[i..].IndexOfAnyInRange('a', 'z') >= 0) return true;
            // "to double the value of trade in those commodities": goods pointed back to are the ones just named, a part.
            if (k == 2 && scope[q1] is "these" or "those" or "such" && PointedGoods.Contains(scope[token])) return true;
            q2 = q1; q1 = token; k++;
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PointedGoods = new HashSet<string>(
        ["commodities", "products", "goods", "items", "sectors", "segments", "categories", "lines"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // A sector word; "services" after "goods and" is not one, "goods and services" being everything.
    private static bool IsSector(ReadOnlySpan<char> scope, Range word, Range? before1, Range? before2)
    {
        var w = scope[word];
        if (w.StartsWith("non-", StringComparison.OrdinalIgnoreCase)) w = w[4..];
        if (!IsSectorWord(w)) return false;
        return !(w.Equals("services", StringComparison.OrdinalIgnoreCase) && before1 is { } b1 && before2 is { } b2
                 && scope[b1] is "and" or "&" or "or" && scope[b2].Equals("goods", StringComparison.OrdinalIgnoreCase));
    }
}
