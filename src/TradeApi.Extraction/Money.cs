using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeApi.Extraction;

/// <summary>An amount of money found in text at [Start, End), in units of an ISO 4217 currency; <paramref name="Bare"/> when
/// the text wrote only "$" or "dollars", whose currency then depends on who publishes the text.</summary>
public readonly record struct MoneyMention(int Start, int End, decimal Value, string Currency, bool Bare = false);

/// <summary>Finds amounts of money: symbols, codes and currency words, numeric or spelled-out, with scales.</summary>
public static partial class Money
{
    private const string Codes =
        "USD|EUR|GBP|CNY|RMB|JPY|RUB|INR|KZT|CHF|CAD|AUD|NZD|SGD|HKD|BRL|MXN|ZAR|TRY|KRW|AED|SAR|UAH|GEL|AMD|UZS|AZN|BYN|BYR|"
        + "IDR|MYR|THB|VND|PLN|SEK|NOK|DKK|CZK|HUF|RON|EGP|PKR|BDT|NGN|KES|TZS|UGX|GHS|ETB|MAD|NPR|TWD|PHP|ILS|IRR|IQD|KGS|TJS|TMT|MNT|LKR|ARS|CLP|COP|PEN|QAR|KWD|"
        // The dinars, rials and pounds of the Arab states, and the other currencies of the Balkans, Africa and the Americas a release
        // writes as codes ("JOD832 million", "OMR 1.2 billion"); not "ALL" or "CUP", which are words in a title written in capitals.
        + "JOD|BHD|OMR|TND|DZD|LYD|RSD|ISK|YER|SDG|LBP|SYP|MKD|BAM|BGN|HRK|MDL|AFN|MMK|KHR|LAK|ZMW|MWK|MZN|AOA|XOF|XAF|RWF|BWP|SZL|MUR|SCR|"
        + "DOP|GTQ|CRC|UYU|PYG|BOB|HNL|NIO|"
        // The CFA franc, as West and Central African papers write it ("110.7 billion FCFA", "CFA 50 billion"): read as the West African
        // one (XOF) until Document knows the text's country.
        + "FCFA|CFA|"
        // The other dollars a country writes as "$" at home (Document.DollarCountries).
        + "FJD|JMD|TTD|BBD|NAD|BND|GYD|BSD|BZD|SBD|XCD|"
        // Currencies the euro replaced, in texts about the years before it.
        + "LTL|LVL|EEK";

    // Multi-word adjectives first, so "South Korean" wins over nothing.
    private static readonly string[] Adjectives =
    [
        "Hong Kong", "New Zealand", "Trinidad and Tobago", "Solomon Islands", "Eastern Caribbean", "NZ", "HK", "TT", "EC", "Sri Lankan", "South African", "South Korean", "Australian", "Canadian", "Singapore", "Singaporean", "Taiwan",
        "Taiwanese", "US", "U.S.", "American", "Belarusian", "Russian", "Mexican", "Philippine", "Argentine", "Chilean", "Colombian", "Pakistani",
        "Indian", "Egyptian", "Swiss", "Iraqi", "Kuwaiti", "Serbian", "Jordanian", "Algerian", "Tunisian", "Bahraini", "Libyan", "Indonesian",
        "Nepalese", "Kyrgyz", "Uzbek", "Swedish", "Norwegian", "Danish", "Icelandic", "Czech", "Turkish", "Brazilian", "Saudi", "Qatari", "Iranian",
        "Omani", "Yemeni", "Kenyan", "Ugandan", "Tanzanian", "Nigerian", "Ghanaian", "Chinese", "Japanese", "Korean", "Kazakh", "Ukrainian",
        "Moroccan", "Emirati", "UAE",
        "Fijian", "Fiji", "Jamaican", "Trinidadian", "Barbadian", "Barbados", "Namibian", "Brunei", "Bruneian", "Guyanese", "Bahamian", "Belize", "Belizean",
    ];

    // "seven-point-three billion dollars", "twenty-one-point-five billion": a decimal spelled out, as Korean broadcasters write figures;
    // with spaces too, as speeches are transcribed ("two point nine billion US Dollars").
    private const string Digits = "zero|one|two|three|four|five|six|seven|eight|nine";
    private const string PointWords =
        "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
        + Digits + ")(?:-|\\s+)point(?:(?:-|\\s+)(?:" + Digits + "))+";

    private const string NumberWords =
        PointWords + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
        + "half\\s+a|a\\s+half|a\\s+quarter\\s+of\\s+a|quarter\\s+of\\s+a|a";

    // Headline case too: "$1.407 Billion", "USD 2 MILLION". Malaysian papers write "RM60.2bil", "US$500mil", "RM1.2tril".
    private const string Scales = "trillion|billion|million|thousand|Trillion|Billion|Million|Thousand|TRILLION|BILLION|MILLION|lakh\\s+crore|crore|cr|Cr|lakh|trln|tril|trn|tln|tn|TN|Tn|bln|bil|bn|Bn|BN|mln|mil|mn|Mn|MN|m|b|k|B|M|K";



    // A code before a symbol names the dollar: "USD$15.3 billion", "CAD$2 billion" (the code decides). A code written with a full stop
    // is the code ("KES. 75.096 billion", "to USD. 550 Million"). The River Plate press writes
    // the US dollar "U$S" ("U$S 3,000 million", "u$s 500 million").
    private const string Pattern =
        "(?:(?<sym>[Uu]\\$[Ss]|US\\s?\\$|U\\.S\\.\\s?\\$|A\\$|AU\\$|C\\$|CA\\$|HK\\s?\\$|NZ\\s?\\$|FJ\\s?\\$|F\\$|JA?\\$|TT\\s?\\$|BDS\\$|Bds\\$|N\\$|BN?\\$|GY?\\$|EC\\$|SI\\$|BZ\\$|ZW\\$|S\\$|R\\$|R(?=\\d)|N(?=\\d)|E(?=\\d)|P(?=\\d)|\\$(?:US|AU?|NZ)(?=\\s?\\d)|\\$|€|£|¥|₹|₽|₩|₺|₦|₱|₫|₴|₸|GH[₵¢]|GHC(?=\\s?\\d)|₵|(?:" + MixedCaseMarks + ")\\.?)\\s?|(?<pcode>" + Codes + ")(?:\\s?\\$|\\.(?=\\s?\\d))?\\s?)?"
        // Indian grouping ("12,34,567"), a decimal comma before a scale ("€1,2 billion"), thousands separators, plain decimals.
        // A space between thousands, as Eurostat writes ("EUR 2 107 billion", "€1 741.9 bn"), only before a scale word.
        + "(?:(?<dec>\\d{1,3},\\d{1,2})(?=\\s?(?:trillion|billion|million|bn|mln|mn|tn|bln)\\b)|(?<num>\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:\\.\\d+)?(?=\\s?(?:trillion|billion|million|bn|mln|mn|tn|bln)\\b)|\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<wnum>" + NumberWords + "))"
        // "2 and a half billion euros", "two and a half million": a half more before the scale.
        + "(?:(?<half>\\s+and\\s+a\\s+half)(?=\\s+(?:trillion|billion|million)\\b))?"
        // "$23.48  billion": a doubled space, as pasted text has, still joins the scale.
        + "(?:(?:[ \\t]{2}|[\\s-])?(?<scale>" + Scales + ")\\b)?";

    // The same pattern tried only at one position: Find works out where an amount can start and asks there.
    [GeneratedRegex("\\G" + Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MoneyAt();

    // Every amount has a digit, a currency symbol or a scale word. The pattern is tried only where an amount could start around one:
    // at the anchor, just before it (a symbol or code such as "US$ " or "USD "), or a few words before a scale word ("half a billion").
    private static readonly System.Buffers.SearchValues<char> AnchorChars = System.Buffers.SearchValues.Create("0123456789$€£¥₹₽₩₺₦₱₫₴₸₵¢");

    // Currency marks of letters before a number: "Rs 500 crore", "KSh 100 billion", "Sh41 billion" (a shilling, whose country the text
    // decides), "Rp 5 trillion", "Tk 2,000 crore", "RM95 billion",
    // the Gulf's riyals and dirhams ("SR63 billion", "QR5bn", "Dh10 billion"), the Omani rial ("RO 1,113.3 million") and the dinars of
    // Kuwait, Bahrain, Jordan and Libya ("KD 50 million", "BD1.2 billion", "JD832 million", "LD 900 million");
    // and the rand's "R", the naira's "N" and the lilangeni's "E", written against their number ("R143.3 billion", "N1.3 trillion",
    // "E27.4 billion"), in the symbol pattern; so is "P" ("P827 million"), the Philippine peso's or, in a Botswanan text, the pula's
    // (Document.LocalUnits).
    // East African shillings are written in the plural too ("Kshs 5 billion", "Shs. 45 billion", "shs.57 billion").
    // Ghanaian papers write the cedi "GHc" (and "GHC", in the symbol pattern, only against a number: it is also an old ISO code).
    private const string MixedCaseMarks = "GHc|Rs/Nu|Rs|Nu|KShs|Kshs|KSh|Ksh|TShs|Tshs|TSh|Tsh|UShs|Ushs|USh|Ush|Shs|shs|Sh|sh|Rp|Tk|RM|SR|QR|RO|KD|BD|JD|LD|Dhs|Dh";
    private static readonly string[] MixedCasePrefixes = MixedCaseMarks.Split('|');
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MixedCaseMarkSet =
        new HashSet<string>(MixedCasePrefixes, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when word is a currency mark written in letters ("Rs", "Shs", "Tk") or a currency code ("USD", "KES"): its full stop
    /// before a number ("Rs. 500 crore", "to USD. 550 Million") abbreviates the mark and ends no sentence.</summary>
    internal static bool IsLetterMark(ReadOnlySpan<char> word) => MixedCaseMarkSet.Contains(word) || (word.Length == 3 && CodeSet.Contains(word.ToString()));
    private static readonly System.Buffers.SearchValues<string> ScaleWords =
        System.Buffers.SearchValues.Create(["billion", "million", "trillion", "thousand", "crore", "lakh"], StringComparison.OrdinalIgnoreCase);

    // Below this a number read with a currency is no trade figure ("2011 USD", "USD1"); Document drops such mentions.
    internal const decimal SmallestAmount = 10_000;

    /// <summary>ISO 4217's code for "no currency": a unit whose country only the text can tell ("15.1 billion crowns"); Document
    /// rewrites it to the text's own or drops the figure.</summary>
    internal const string NoCurrency = "XXX";

    /// <summary>Every money amount in text[start..end).</summary>
    public static void Find(string text, int start, int end, List<MoneyMention> into)
    {
        var first = into.Count;
        var pos = start;
        Span<int> candidates = stackalloc int[6];
        var nextWord = -1; // where the next scale word starts, found once and reused until passed
        while (pos < end)
        {
            var span = text.AsSpan(pos, end - pos);
            var c = span.IndexOfAny(AnchorChars);
            if (nextWord != int.MaxValue && nextWord < pos)
            {
                var found = span.IndexOfAny(ScaleWords);
                nextWord = found < 0 ? int.MaxValue : pos + found;
            }
            var w = nextWord == int.MaxValue ? -1 : nextWord - pos;
            var rel = c < 0 ? w : w < 0 ? c : Math.Min(c, w);
            if (rel < 0) return;
            var anchor = pos + rel;
            var isWord = rel == w && rel != c;
            var n = Candidates(text, start, anchor, isWord, candidates);
            var next = anchor + 1;
            for (var i = 0; i < n; i++)
            {
                var at = candidates[i];
                // An amount starts a token: not inside a word or right after another symbol.
                if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '$' or '€' or '£' or '¥' or '₹' or '₽')) continue;
                // Bounded to a short window: the pattern is anchored at its start and never needs more.
                var match = MoneyAt().Match(text, at, Math.Min(end, at + 60) - at);
                if (!match.Success || match.Index + match.Length <= anchor || match.Index + match.Length > end) continue;
                var coreEnd = match.Index + TrimmedLength(match);
                var second = match.Groups["scale"].Success ? SecondScale(text, coreEnd, end) : default;
                if (second.End > 0) coreEnd = second.End;
                var suffix = Suffix(text, coreEnd, end);
                if (!TryRead(match, suffix, out var value, out var currency)) continue;
                if (second.End > 0 && !TryAddSecondScale(ref value, Scale(match.Groups["scale"].Value), second.Sub, second.Scale)) continue;
                // "In January-April 2011 USD 96 mln": a reading that starts inside the one before ("2011 USD") replaces it when that one
                // is a bare number too small to be an amount; else this one is dropped. Mentions never overlap.
                if (into.Count > first && match.Index < into[^1].End)
                {
                    if (into[^1].Value >= SmallestAmount) continue;
                    into.RemoveAt(into.Count - 1);
                }
                var mEnd = suffix.End > 0 ? suffix.End : coreEnd;
                var bare = currency == "USD" && (match.Groups["sym"].Success ? match.Groups["sym"].Value.Trim() == "$" && suffix.Word is null
                    : !match.Groups["pcode"].Success && suffix.Code is null && suffix.Adjective is null);
                into.Add(new MoneyMention(match.Index, mEnd, value, currency, bare));
                next = Math.Max(next, mEnd);
                break;
            }
            // One anchor per number: skip the rest of a digit run (and its separators).
            while (next < end && (char.IsAsciiDigit(text[next]) || (text[next] is ',' or '.' && next + 1 < end && char.IsAsciiDigit(text[next + 1])))) next++;
            pos = next;
        }
    }

    // "from 45,5 bn euro to 43,7 bn", "followed by France (5.8 bn or 13%)", "to bring it to 10 billion by 2020": a scaled number with no
    // currency of its own, followed by no noun ("1.4 billion people", "2 million tonnes" are not money), among figures of a known currency.
    [GeneratedRegex("(?<![\\w$€£¥₹₽.,])(?<num>\\d{1,3}(?:[.,]\\d{1,2})?)\\s?(?<scale>trillion|billion|million|bn|mn|mln|bln|tn)\\b(?=\\s*(?:[),;:]|\\.(?:\\s|$)|(?:or|and|in|to|from|for|by|last|this|next|within|until|before|during|compared|against|while|but|a\\s+year|per\\s+year|annually|each|respectively)\\b|$))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UnmarkedAmount();

    private static readonly System.Buffers.SearchValues<string> UnmarkedScales =
        System.Buffers.SearchValues.Create(["billion", "million", "trillion", "bn", "mn", "mln", "bln", "tn"], StringComparison.Ordinal);

    /// <summary>Whether a mention's words are a number and its scale only ("660 million"), as <see cref="FindUnmarked"/> reads one.</summary>
    public static bool IsUnmarked(ReadOnlySpan<char> written) =>
        UnmarkedAmount().Match(written.ToString()) is { Success: true, Index: 0 } m && m.Length == written.Length;

    /// <summary>Amounts in text[start..end) written without a currency, read in <paramref name="like"/>'s currency (and bareness), added in
    /// text order to the mentions already found from index <paramref name="from"/> on.</summary>
    public static void FindUnmarked(string text, int start, int end, MoneyMention like, List<MoneyMention> into, int from)
    {
        List<MoneyMention>? found = null;
        // Only where a scale word occurs: most sentences have none, and skip the pattern.
        if (text.AsSpan(start, end - start).IndexOfAny(UnmarkedScales) < 0) return;
        for (var m = UnmarkedAmount().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var covered = false;
            for (var i = from; i < into.Count && !covered; i++) covered = m.Index < into[i].End && into[i].Start < m.Index + m.Length;
            if (covered) continue;
            if (!decimal.TryParse(m.Groups["num"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) continue;
            var value = number * Scale(m.Groups["scale"].Value) / 1.000000000000000000000000000000000m;
            (found ??= []).Add(new MoneyMention(m.Index, m.Index + m.Length, value, like.Currency, like.Bare));
        }
        if (found is null) return;
        into.AddRange(found);
        into.Sort(from, into.Count - from, Comparer<MoneyMention>.Create((a, b) => a.Start.CompareTo(b.Start)));
    }

    // "increased from $142 to $336 million", "from 1.2 to 1.5 billion dollars": the first number of a movement, written with no scale of
    // its own, counts in the scale (and the currency) of the amount it moves to.
    [GeneratedRegex("\\bfrom\\s+(?<a>(?:US\\$|\\$|€|£)?(?<n>\\d{1,3}(?:\\.\\d+)?))\\s+to\\s+(?<b>(?:US\\$|\\$|€|£)?\\d{1,3}(?:\\.\\d+)?\\s?(?<scale>billion|million|bn|mn)\\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MovementOfOneScale();

    /// <summary>Gives the first number of "from N to M billion" the scale and currency of the second, among the mentions of
    /// text[start..end) from index <paramref name="from"/> on.</summary>
    public static void ShareScaleOfMovement(string text, int start, int end, List<MoneyMention> into, int from)
    {
        if (into.Count == from || text.AsSpan(start, end - start).IndexOf("from ", StringComparison.OrdinalIgnoreCase) < 0) return;
        for (var m = MovementOfOneScale().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var a = m.Groups["a"];
            var b = m.Groups["b"];
            var second = into.FindIndex(from, x => x.Start <= b.Index && x.End >= b.Index + b.Length);
            if (second < 0) continue;
            var value = decimal.Parse(m.Groups["n"].ValueSpan, NumberStyles.Number, CultureInfo.InvariantCulture) * Scale(m.Groups["scale"].Value)
                / 1.000000000000000000000000000000000m;
            var mention = new MoneyMention(a.Index, a.Index + a.Length, value, into[second].Currency, into[second].Bare);
            var first = into.FindIndex(from, x => x.Start < a.Index + a.Length && a.Index < x.End);
            if (first >= 0) into[first] = mention;
            else into.Insert(second, mention);
        }
    }

    // Where an amount around the anchor could begin, farthest first so the longest reading wins.
    private static int Candidates(string text, int floor, int anchor, bool isWord, Span<int> into)
    {
        var n = 0;
        if (isWord)
        {
            // Up to four words back: "a quarter of a billion", "half a billion", "one billion", "5 billion".
            var p = anchor;
            Span<int> starts = stackalloc int[4];
            var k = 0;
            while (k < 4 && p > floor)
            {
                var q = p - 1;
                while (q > floor && text[q] == ' ') q--;
                if (q <= floor || !char.IsLetterOrDigit(text[q])) break;
                while (q > floor && !char.IsWhiteSpace(text[q - 1])) q--;
                starts[k++] = q;
                p = q;
            }
            var scaleEnd = anchor;
            while (scaleEnd < text.Length && char.IsLetter(text[scaleEnd])) scaleEnd++;
            var symbolBefore = k > 0 && starts[k - 1] > floor && text.AsSpan(Math.Max(floor, starts[k - 1] - 5), starts[k - 1] - Math.Max(floor, starts[k - 1] - 5)).IndexOfAny(AnchorChars) >= 0;
            // "to USD six billion": a currency code is a word of its own among the words before the scale.
            if (!symbolBefore && !CodeAmong(text, starts[..k]) && !CurrencyWordFollows(text, scaleEnd, 2)) return 0;
            for (var i = k - 1; i >= 0; i--) into[n++] = starts[i];
            into[n++] = anchor;
            return n;
        }
        // A symbol or code before a number: "US$ 5", "USD 305", "Rs. 500", "€5".
        var b = anchor;
        if (b > floor && text[b - 1] == ' ') b--;
        var t = b;
        // An opening bracket or quote is not part of the prefix: "(EUR 8.0 billion)".
        while (t > floor && anchor - t < 7 && !char.IsWhiteSpace(text[t - 1]) && !char.IsAsciiDigit(text[t - 1]) && text[t - 1] is not ('(' or '[' or '"' or '“')) t--;
        // Only a token that can be a prefix: one holding a symbol, an upper-case code ("USD"), "Rs", or letters glued to the dollar sign
        // that is the anchor, in whatever case ("Bds$50 million" as "BDS$50 million"; the pattern decides which marks are dollars).
        var prefix = text.AsSpan(t, b - t);
        var plausible = t < b && (prefix.IndexOfAny(AnchorChars) >= 0 || StartsWithAny(prefix, MixedCasePrefixes) || !prefix.ContainsAnyExceptInRange('A', 'Z')
            || (prefix.Length > 1 && prefix[^1] == '.' && !prefix[..^1].ContainsAnyExceptInRange('A', 'Z')) // "USD. 550 Million"
            || (b == anchor && text[anchor] == '$'));
        if (plausible) into[n++] = t;
        else if (char.IsAsciiDigit(text[anchor]))
        {
            // No symbol before it, so a currency word or code must follow within a few words ("120 million dollars", "305 USD").
            var e = anchor;
            while (e < text.Length && (char.IsAsciiDigit(text[e]) || (text[e] is ',' or '.' && e + 1 < text.Length && char.IsAsciiDigit(text[e + 1])))) e++;
            if (!CurrencyWordFollows(text, e, 4)) return 0;
        }
        into[n++] = anchor;
        return n;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWords = new HashSet<string>(
        (Codes + "|dollar|dollars|euro|euros|pound|pounds|sterling|yuan|renminbi|ruble|rubles|rouble|roubles|rupee|rupees|yen|won|lira|liras|tenge|"
         + "peso|pesos|reais|real|reals|rand|franc|francs|dirham|dirhams|riyal|riyals|rial|rials|hryvnia|hryvnias|lari|dram|drams|soum|soums|som|"
         + "manat|manats|rupiah|ringgit|baht|dong|zloty|zlotys|kronor|kroner|kronur|krona|krone|crown|crowns|forint|forints|lei|leu|dinar|dinars|shekel|shekels|"
         + "naira|cedi|cedis|shilling|shillings|tugrik|tugriks|somoni|litas|litai|lats|lati|kroon|kroons|krooni|lek|leke|lekë").Split('|'), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // True when one of the next few words after position is a currency word or code.
    private static bool CurrencyWordFollows(string text, int position, int words)
    {
        var p = position;
        var afterScale = false;
        for (var w = 0; w < words && p < text.Length; w++)
        {
            while (p < text.Length && (text[p] is ' ' or '-' or '.' or '[')) p++;
            var q = p;
            // "779 thousand 300 million dollars": the number of a second scale goes on with the amount.
            if (afterScale) while (q < text.Length && (char.IsAsciiDigit(text[q]) || (text[q] == '.' && q + 1 < text.Length && char.IsAsciiDigit(text[q + 1])))) q++;
            if (q > p) { afterScale = false; p = q; w--; continue; }
            while (q < text.Length && char.IsLetter(text[q])) q++;
            if (q == p) return false;
            // "8 billion ALL": the lek's code may follow (Suffix reads it only right after a scale word).
            if (text.AsSpan(p, q - p).SequenceEqual("ALL")) return true;
            afterScale = text.AsSpan(p, q - p) is var word && (word.Equals("thousand", StringComparison.OrdinalIgnoreCase) || word.Equals("million", StringComparison.OrdinalIgnoreCase)
                || word.Equals("billion", StringComparison.OrdinalIgnoreCase) || word.Equals("trillion", StringComparison.OrdinalIgnoreCase));
            if (CurrencyWords.Contains(text.AsSpan(p, q - p))) return true;
            // An initial ("U." of "U.S. dollars") is part of the next word, not a word of its own.
            if (q - p == 1 && char.IsUpper(text[p]) && q < text.Length && text[q] == '.') w--;
            p = q;
        }
        return false;
    }

    private static int TrimmedLength(Match m)
    {
        var len = m.Length;
        while (len > 0 && char.IsWhiteSpace(m.Value[len - 1])) len--;
        return len;
    }

    // What may follow the number: a code ("305 USD", "305USD") or, after a space, "of", an adjective and a currency word
    // ("120 million dollars", "5 billion Hong Kong dollars", "40 million pounds sterling"). Read by hand: a pattern with these
    // alternations backtracks through every one of them at each try.
    private readonly record struct CurrencySuffix(string? Word, string? Adjective, string? Code, int End);

    private static readonly HashSet<string> CodeSet = new(Codes.Split('|'), StringComparer.Ordinal);

    private static CurrencySuffix Suffix(string text, int p, int end)
    {
        var q = p < end && text[p] == ' ' ? p + 1 : p;
        var w = q;
        while (w < end && char.IsAsciiLetterUpper(text[w])) w++;
        if (w - q is 3 or 4 && (w == end || !char.IsLetterOrDigit(text[w])) && CodeSet.Contains(text.Substring(q, w - q))) return new(null, null, text.Substring(q, w - q), w);
        // "8 billion ALL": the Albanian lek's code, a word of any title in capitals, is read only right after a scale word.
        if (w - q == 3 && (w == end || !char.IsLetterOrDigit(text[w])) && text.AsSpan(q, 3).SequenceEqual("ALL") && AfterScaleWord(text, p)) return new(null, null, "ALL", w);
        if (q == p) return default;
        // "12 billion [dollars]": a translator's word in square brackets.
        if (q < end && text[q] == '[') q++;
        if (text.AsSpan(q, end - q).StartsWith("of ", StringComparison.Ordinal)) q += 3;
        string? adjective = null;
        foreach (var a in Adjectives)
            if (text.AsSpan(q, end - q).StartsWith(a, StringComparison.Ordinal) && q + a.Length < end && text[q + a.Length] == ' ')
            {
                adjective = a;
                q += a.Length + 1;
                break;
            }
        var e = q;
        // "245.4 billion Euros", as some wires capitalise the currency.
        if (e < end && char.IsAsciiLetterUpper(text[e]) && e + 1 < end && char.IsAsciiLetterLower(text[e + 1])) e++;
        while (e < end && (char.IsAsciiLetterLower(text[e]) || text[e] == 'ë')) e++;
        if (e == q || (e < end && char.IsLetterOrDigit(text[e])) || !CurrencyWords.Contains(text.AsSpan(q, e - q)) || CodeSet.Contains(text.Substring(q, e - q)))
            return default;
        var word = text.Substring(q, e - q);
        if (word.StartsWith("pound", StringComparison.Ordinal) && text.AsSpan(e, end - e).StartsWith(" sterling", StringComparison.Ordinal)) e += 9;
        // "120 billion francs CFA", in the French order.
        if (word.StartsWith("franc", StringComparison.Ordinal) && text.AsSpan(e, end - e).StartsWith(" CFA", StringComparison.Ordinal)) { e += 4; adjective = "CFA"; }
        return new(word, adjective, null, e);
    }

    private static bool AfterScaleWord(string text, int p)
    {
        var word = text.AsSpan(0, p).TrimEnd();
        return word.EndsWith("billion", StringComparison.OrdinalIgnoreCase) || word.EndsWith("million", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryRead(Match m, CurrencySuffix suffix, out decimal value, out string currency)
    {
        value = 0;
        currency = "";
        var sym = m.Groups["sym"];
        var pcode = m.Groups["pcode"];
        var scaleGroup = m.Groups["scale"];
        if (!sym.Success && !pcode.Success && suffix.Word is null && suffix.Code is null) return false;

        var scaleText = scaleGroup.Success ? scaleGroup.Value : "";
        // Single-letter scales need a symbol ("$5m"); "5 m" after a code is too ambiguous otherwise.
        if (scaleText is "m" or "b" or "k" or "M" or "B" or "K" && !sym.Success && !pcode.Success) return false;
        var scale = Scale(scaleText);

        decimal number;
        if (m.Groups["dec"].Success)
        {
            if (!decimal.TryParse(m.Groups["dec"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out number)) return false;
        }
        else if (m.Groups["num"].Success)
        {
            if (!decimal.TryParse(m.Groups["num"].Value.Replace(",", "").Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out number)) return false;
        }
        else
        {
            if (!scaleGroup.Success) return false; // "one dollar" is not a trade figure
            number = WordValue(m.Groups["wnum"].Value);
        }
        if (m.Groups["half"].Success) number += 0.5m;
        try { value = number * scale; }
        catch (OverflowException) { return false; }
        if (value <= 0) return false;
        value /= 1.000000000000000000000000000000000m; // drops trailing zeros: 107.1 billion is 107100000000, not 107100000000.0

        currency = sym.Success ? FromSymbol(sym.Value.Trim(), suffix.Word)
            : pcode.Success ? Normalize(pcode.Value)
            : suffix.Code is not null ? Normalize(suffix.Code)
            : FromWord(suffix.Word!, suffix.Adjective) ?? "";
        return currency.Length == 3;
    }

    // "5 trillion 311 billion": the second part is added and stays below the first's scale; "779 thousand 300 million": the thousands
    // count the second scale (779 * 1000 + 300 millions) and the second part stays below a thousand. Anything else is no amount.
    private static bool TryAddSecondScale(ref decimal value, decimal scale, decimal sub, decimal scale2)
    {
        if (scale > scale2 && sub * scale2 < scale) value += sub * scale2;
        else if (scale == 1_000m && scale2 > scale && sub < 1_000m) value = (value + sub) * scale2;
        else return false;
        return true;
    }

    // A second scale right after the first: "5 trillion 311 billion dollars" (a sum), "779 thousand 300 million dollars" (779,300 million,
    // as Spanish "779 mil 300 millones" is put into English). Read by hand where a space and a digit follow the first scale.
    private static (int End, decimal Sub, decimal Scale) SecondScale(string text, int p, int end)
    {
        if (p + 1 >= end || text[p] != ' ' || !char.IsAsciiDigit(text[p + 1])) return default;
        var q = p + 1;
        while (q < end && q - p <= 3 && char.IsAsciiDigit(text[q])) q++;
        if (q < end && char.IsAsciiDigit(text[q])) return default;
        if (q + 1 < end && text[q] == '.' && char.IsAsciiDigit(text[q + 1])) { q++; while (q < end && char.IsAsciiDigit(text[q])) q++; }
        var number = text.AsSpan(p + 1, q - p - 1);
        if (q >= end || text[q] != ' ') return default;
        foreach (var word in (ReadOnlySpan<string>)["trillion", "billion", "million"])
            if (text.AsSpan(q + 1, Math.Min(end, q + 1 + word.Length) - q - 1).Equals(word, StringComparison.OrdinalIgnoreCase)
                && (q + 1 + word.Length == end || !char.IsLetter(text[q + 1 + word.Length])))
                return (q + 1 + word.Length, decimal.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture), Scale(word));
        return default;
    }

    private static decimal Scale(string s) => s.ToLowerInvariant() switch
    {
        "trillion" or "tn" or "trn" or "tln" or "trln" or "tril" => 1_000_000_000_000m,
        var x when x.StartsWith("lakh", StringComparison.Ordinal) && x.EndsWith("crore", StringComparison.Ordinal) => 1_000_000_000_000m,
        "billion" or "bn" or "bln" or "bil" or "b" => 1_000_000_000m,
        "million" or "mln" or "mn" or "mil" or "m" => 1_000_000m,
        "thousand" or "k" => 1_000m,
        "crore" or "cr" or "Cr" => 10_000_000m,
        "lakh" => 100_000m,
        _ => 1m,
    };

    private static decimal WordValue(string w) => w.Contains("point", StringComparison.Ordinal) ? PointValue(string.Join('-', w.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))) : string.Join(' ', w.Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20,
        "thirty" => 30, "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
        "hundred" => 100, "half a" or "a half" => 0.5m, "a quarter of a" or "quarter of a" => 0.25m,
        _ => 0,
    };

    // "seven-point-three" 7.3, "twenty-one-point-zero-five" 21.05.
    private static decimal PointValue(string w)
    {
        var at = w.IndexOf("-point-", StringComparison.Ordinal);
        decimal whole = 0;
        foreach (var part in w[..at].Split('-')) whole += Array.IndexOf(Teens, part) is >= 0 and var t ? 10 + t : Array.IndexOf(Tens, part) is >= 0 and var k ? 20 + 10 * k : Array.IndexOf(DigitNames, part);
        decimal fraction = 0, place = 0.1m;
        foreach (var part in w[(at + 7)..].Split('-'))
        {
            fraction += place * Array.IndexOf(DigitNames, part);
            place /= 10;
        }
        return whole + fraction;
    }

    private static readonly string[] DigitNames = Digits.Split('|');
    private static readonly string[] Teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static string Normalize(string code) => code.ToUpperInvariant() switch { "RMB" => "CNY", "FCFA" or "CFA" => "XOF", var c => c };

    // Whether one of the words starting at these positions is a currency code ("USD", "EUR"), upper case as codes are written.
    private static bool CodeAmong(string text, ReadOnlySpan<int> wordStarts)
    {
        foreach (var at in wordStarts)
        {
            var end = at;
            while (end < text.Length && char.IsAsciiLetterUpper(text[end])) end++;
            if (end - at == 3 && CodeSet.Contains(text.Substring(at, 3))) return true;
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> token, string[] prefixes)
    {
        foreach (var p in prefixes)
            if (token.StartsWith(p, StringComparison.Ordinal) && (token.Length == p.Length || !char.IsLetter(token[p.Length]))) return true;
        return false;
    }

    private static string FromSymbol(string s, string? word)
    {
        var compact = s.Replace(" ", "").Replace(".", "");
        return compact switch
        {
            // "$US579 billion", "$A1.2 billion": the Australian press writes the code after the symbol.
            "$" or "US$" or "US$$" or "U$" or "$US" or "U$S" or "u$s" => "USD",
            "A$" or "AU$" or "$A" or "$AU" => "AUD",
            "NZ$" or "$NZ" => "NZD",
            "C$" or "CA$" => "CAD",
            "HK$" => "HKD",
            "FJ$" or "F$" => "FJD",
            "J$" or "JA$" => "JMD",
            "TT$" => "TTD",
            "BDS$" or "Bds$" => "BBD",
            "N$" => "NAD",
            "B$" or "BN$" => "BND",
            "G$" or "GY$" => "GYD",
            "EC$" => "XCD",
            "SI$" => "SBD",
            "BZ$" => "BZD",
            "ZW$" => "ZWL",
            "S$" => "SGD",
            "R$" => "BRL",
            "€" => "EUR",
            "£" => "GBP",
            "¥" => word is not null && word.StartsWith("yuan", StringComparison.OrdinalIgnoreCase) ? "CNY" : "JPY",
            "₹" or "Rs" or "Rs/Nu" => "INR",
            "Nu" => "BTN",
            "₽" => "RUB",
            "₩" => "KRW",
            "₺" => "TRY",
            "KSh" or "Ksh" or "KShs" or "Kshs" => "KES",
            "TSh" or "Tsh" or "TShs" or "Tshs" => "TZS",
            "USh" or "Ush" or "UShs" or "Ushs" => "UGX",
            "Sh" or "Shs" or "sh" or "shs" => "KES",
            "Rp" => "IDR",
            "Tk" => "BDT",
            "RM" => "MYR",
            "SR" => "SAR",
            "QR" => "QAR",
            "RO" => "OMR",
            "KD" => "KWD",
            "BD" => "BHD",
            "JD" => "JOD",
            "LD" => "LYD",
            "Dh" or "Dhs" => "AED",
            "GH₵" or "GH¢" or "₵" or "GHC" or "GHc" => "GHS",
            "R" => "ZAR",
            "N" => "NGN",
            "E" => "SZL",
            "P" => "PHP",
            "₦" => "NGN",
            "₱" => "PHP",
            "₫" => "VND",
            "₴" => "UAH",
            "₸" => "KZT",
            _ => compact.EndsWith('$') ? "USD" : "",
        };
    }

    private static string? FromWord(string word, string? adjective)
    {
        var w = word.ToLowerInvariant();
        var adj = adjective is null ? null : string.Join(' ', adjective.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (w.StartsWith("dollar", StringComparison.Ordinal))
            return adj switch
            {
                "Australian" => "AUD", "Canadian" => "CAD", "Hong Kong" or "HK" => "HKD", "New Zealand" or "NZ" => "NZD",
                "Singapore" or "Singaporean" => "SGD", "Taiwan" or "Taiwanese" => "TWD", "Fijian" or "Fiji" => "FJD", "Jamaican" => "JMD",
                "Trinidad and Tobago" or "Trinidadian" or "TT" => "TTD", "Barbadian" or "Barbados" => "BBD", "Namibian" => "NAD",
                "Brunei" or "Bruneian" => "BND", "Guyanese" => "GYD", "Bahamian" => "BSD", "Belize" or "Belizean" => "BZD",
                "Solomon Islands" => "SBD", "Eastern Caribbean" or "EC" => "XCD", _ => "USD",
            };
        if (w.StartsWith("euro", StringComparison.Ordinal)) return "EUR";
        if (w.StartsWith("pound", StringComparison.Ordinal) || w == "sterling") return adj == "Egyptian" ? "EGP" : "GBP";
        if (w is "yuan" or "renminbi") return "CNY";
        if (w.StartsWith("rubl", StringComparison.Ordinal) || w.StartsWith("roubl", StringComparison.Ordinal)) return adj == "Belarusian" ? "BYN" : "RUB";
        if (w.StartsWith("rupee", StringComparison.Ordinal))
            return adj switch { "Pakistani" => "PKR", "Sri Lankan" => "LKR", "Nepalese" => "NPR", "Indonesian" => "IDR", _ => "INR" };
        if (w.StartsWith("peso", StringComparison.Ordinal))
            return adj switch { "Philippine" => "PHP", "Argentine" => "ARS", "Chilean" => "CLP", "Colombian" => "COP", _ => "MXN" };
        if (w.StartsWith("franc", StringComparison.Ordinal)) return adj switch { null or "Swiss" => "CHF", "CFA" => "XOF", _ => null };
        if (w.StartsWith("dinar", StringComparison.Ordinal))
            return adj switch
            {
                "Iraqi" => "IQD", "Kuwaiti" => "KWD", "Serbian" => "RSD", "Jordanian" => "JOD", "Algerian" => "DZD",
                "Tunisian" => "TND", "Bahraini" => "BHD", "Libyan" => "LYD", _ => null,
            };
        if (w.StartsWith("riyal", StringComparison.Ordinal)) return adj switch { "Qatari" => "QAR", "Omani" => "OMR", "Yemeni" => "YER", _ => "SAR" };
        if (w.StartsWith("rial", StringComparison.Ordinal)) return adj switch { "Omani" => "OMR", "Yemeni" => "YER", _ => "IRR" };
        if (w.StartsWith("shilling", StringComparison.Ordinal)) return adj switch { "Ugandan" => "UGX", "Tanzanian" => "TZS", _ => "KES" };
        if (w.StartsWith("krona", StringComparison.Ordinal) || w == "kronor") return adj == "Icelandic" ? "ISK" : "SEK";
        if (w.StartsWith("krone", StringComparison.Ordinal) || w == "kroner") return adj == "Danish" ? "DKK" : "NOK";
        // "10 billion Danish crowns", as English wires write the krone, krona and koruna; a bare "crowns" is the text's (Document).
        if (w.StartsWith("crown", StringComparison.Ordinal))
            return adj switch { "Danish" => "DKK", "Swedish" => "SEK", "Norwegian" => "NOK", "Icelandic" => "ISK", "Czech" => "CZK", _ => NoCurrency };
        if (w.StartsWith("lira", StringComparison.Ordinal)) return "TRY";
        if (w is "som") return adj == "Uzbek" ? "UZS" : "KGS";
        if (w.StartsWith("dirham", StringComparison.Ordinal)) return adj == "Moroccan" ? "MAD" : "AED";
        return w switch
        {
            "yen" => "JPY", "won" => "KRW", "tenge" => "KZT", "reais" or "real" or "reals" => "BRL", "rand" => "ZAR",
            "hryvnia" or "hryvnias" => "UAH", "lari" => "GEL", "dram" or "drams" => "AMD",
            "soum" or "soums" => "UZS", "manat" or "manats" => "AZN", "rupiah" => "IDR", "ringgit" => "MYR", "baht" => "THB",
            "dong" => "VND", "zloty" or "zlotys" => "PLN", "forint" or "forints" => "HUF", "lei" or "leu" => "RON",
            "shekel" or "shekels" => "ILS", "naira" => "NGN", "cedi" or "cedis" => "GHS", "tugrik" or "tugriks" => "MNT",
            "somoni" => "TJS", "kronur" => "ISK",
            "litas" or "litai" => "LTL", "lats" or "lati" => "LVL", "kroon" or "kroons" or "krooni" => "EEK",
            "lek" or "leke" or "lekë" => "ALL",
            _ => null,
        };
    }
}
