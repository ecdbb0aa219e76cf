
namespace TradeApi.Extraction;

// Which calendar year a figure is for: written, relative ("last year") or carried; and the horizon of a goal ("by 2030", "within five years").
internal static class Years
{
    // "from $229.7 billion in 2016", "from the current level of US$860 million": a comparison base keeps its own year, and is no goal.
    // "more than $74 billion", "no less than $4 billion": a qualifier of the figure (the qualifiers' one list), not a comparison with it.
    internal static bool IsFromFigure(ReadOnlySpan<char> l) => IsFromBase(l, out var t)
        || (t.EndsWith(" than", StringComparison.OrdinalIgnoreCase) && !Patterns.QualifierBefore().IsMatch(l.Length > 40 ? l[^40..] : l))
        || t.EndsWith(" with", StringComparison.OrdinalIgnoreCase)
        // "stood at $504 million in 2017 compared to $374 million in 2016": the figure compared with, as "compared with" one.
        || Patterns.ComparedToBefore().IsMatch(l.Length > 30 ? l[^30..] : l);

    // "$952 million (in 2020 – $907.2 million), including exports of $791.1 million": a figure in brackets is an aside; its year is not
    // the year of the figures after the bracket.
    internal static bool InBracket(ReadOnlySpan<char> l) => l.LastIndexOf('(') > l.LastIndexOf(')');

    // "from $5 billion", "from the current level of about $28 billion": the base a change or a goal starts from.
    internal static bool IsFromBase(ReadOnlySpan<char> l) => IsFromBase(l, out _);

    // "up from just over $230 million": a base set against a level before it, a level already reached.
    internal static bool IsUpFromBase(ReadOnlySpan<char> l) => IsFromBase(l, out var t) && t.EndsWith(" up from", StringComparison.OrdinalIgnoreCase);

    private static bool IsFromBase(ReadOnlySpan<char> l, out ReadOnlySpan<char> t)
    {
        t = l.TrimEnd();
        var near = t.Length > 80 ? t[^80..] : t;
        if (near.IndexOf("from", StringComparison.OrdinalIgnoreCase) < 0) return false;
        // "from the existing approximately USD 56 billion": the hedge qualifies the base, it does not make it something else.
        if (Patterns.QualifierBefore().Match((l.Length > 40 ? l[^40..] : l).ToString()) is { Success: true, Length: > 0 } q)
            t = l[..(l.Length - q.Length)].TrimEnd();
        if (Patterns.FromLevelOf().IsMatch(t.Length > 60 ? t[^60..] : t)) return true;
        // "up from the $17.6 million in 2020": an article before the base changes nothing.
        if (t.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) t = t[..^4];
        // "still far from the $5 billion that the two sides agreed on": a distance, no base.
        if (t.EndsWith(" far from", StringComparison.OrdinalIgnoreCase)) return false;
        return t.EndsWith(" from", StringComparison.OrdinalIgnoreCase) || t.EndsWith("(from", StringComparison.OrdinalIgnoreCase);
    }

    // "... $229.7 billion in 2016 to $243.0 billion", "from $29 billion recorded in 2014 to $20 billion": the year right after the figure
    // before (after a participle, if any) belongs to that figure.
    /// <summary>Whether a bracketed aside opens a stretch of text ("(approximately 114.88bn/-) in 2020 to"), and what follows it.</summary>
    internal static bool PastAside(ReadOnlySpan<char> span, out ReadOnlySpan<char> past)
    {
        var t = span.TrimStart();
        var close = t.StartsWith('(') ? t.IndexOf(')') : -1;
        past = close > 0 ? t[(close + 1)..] : default;
        return close > 0;
    }

    internal static ReadOnlySpan<char> SkipYearOfFigureBefore(ReadOnlySpan<char> l)
    {
        var t = l.TrimStart();
        // "rising from USD 46.886 million (approximately 114.88bn/-) in 2020 to USD 77.679 million": an aside in brackets after the figure
        // before, a conversion or a note, comes between that figure and its year.
        if (t.StartsWith(')')) t = t[1..].TrimStart();
        else if (PastAside(t, out var past)) t = past.TrimStart();
        var w = 0;
        while (w < t.Length && char.IsAsciiLetterLower(t[w])) w++;
        if (w > 3 && t[..w].EndsWith("ed", StringComparison.Ordinal) && w < t.Length && t[w] == ' ') t = t[(w + 1)..];
        // "rose from $3.082m last year to $14.299m": a relative year right after the figure before is that figure's too.
        if (t.StartsWith("last year", StringComparison.OrdinalIgnoreCase)) return t["last year".Length..];
        foreach (var lead in (ReadOnlySpan<string>)["in ", "for ", "("])
        {
            if (!t.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = t[lead.Length..];
            // "rising from $542 million in late 2021 to ...": the year of the figure before may be a point within it.
            if (lead == "in ")
                foreach (var point in (ReadOnlySpan<string>)["early ", "mid-", "mid ", "late "])
                    if (rest.StartsWith(point, StringComparison.OrdinalIgnoreCase)) { rest = rest[point.Length..]; break; }
            if (rest.Length >= 4 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3])
                && (rest.Length == 4 || !char.IsAsciiDigit(rest[4])))
                // "(2023: €285 million)": a year with a colon labels the figure after it.
                return rest[4..].TrimStart().StartsWith(':') ? l : rest[4..];
        }
        return l;
    }

    // The figure's year: written near it, in its clause, the sentence's, or else in the rest of the sentence. partOfYear says that the
    // year came from the rest of the sentence and that stretch names a part of a year ("an 85 % increase over the same period last
    // year"): the figure is then a part of a year too. Parts of a year written near the figure are the caller's to read.
    // narrative is the year the sentence before spoke of: a year counted from another ("the previous year") counts from the sentence's
    // own year, else from that one, else from the text's date.
    internal static int? YearOf(ReadOnlySpan<char> l, ReadOnlySpan<char> r, ReadOnlySpan<char> rNear, int? docYear, int? sentenceYear, out bool partOfYear, int? narrative = null)
    {
        partOfYear = false;
        // "stood at €5.6 billion, growing to €6.3 billion by 2021": the series goes on to the year "by" names (not a year to come).
        if (Patterns.SeriesParticiple().IsMatch(l) && Patterns.ByYearAfter().Match(rNear.ToString()) is { Success: true } by
            && int.Parse(by.Groups["y"].Value) is var y && (docYear is null || y < docYear))
            return y;
        // "From 2010 to 2016, trade exchange between both countries amounted to $3.86 billion": a level over a span of years is their sum,
        // no year's.
        if (SumOverSpan(l)) return null;
        var anchor = sentenceYear ?? narrative;
        // "in 2022 more than 95.6 million USD and in 2023 more than 7.78 million": a list that writes each year before its figure; the
        // year opening the next conjunct is the next figure's, and this one keeps the year written before it.
        if (Patterns.NextConjunctYear().IsMatch(rNear) && FirstYear(l, docYear, anchor, fromEnd: true) is { } before) return before;
        // "amounted to $731 million in 2011, but fell last year to about $500mn" in a text with no date: a relative year nearer the figure
        // than any year written says the figure's year is unknown; no other year of the sentence stands in for it.
        var year = FirstYear(rNear, docYear, anchor, fromEnd: false, out var unknown);
        if (year is null && !unknown) year = FirstYear(l, docYear, anchor, fromEnd: true, out unknown);
        if (unknown) return null;
        year ??= sentenceYear;
        if (year is not null) return year;
        // "reaching €323 million (2023: €285 million)": a year that labels the next figure in brackets is that figure's.
        if (Patterns.YearLabelBracket().IsMatch(r)) return null;
        year = FirstYear(r, docYear, anchor, fromEnd: false);
        // "amounted to $1.5bn, which is 16 percent more than from January through December 2003 ($1.3bn)": a whole year the figure is
        // compared with is the other figure's.
        if (year is not null && Patterns.Has(r, Patterns.DecemberCue) && Patterns.CalendarYearSpan().Match(r.ToString()) is { Success: true } whole && int.Parse(whole.Groups["y"].Value) == year
            && Patterns.ComparedSpanBefore().IsMatch(r[..whole.Index])) return null;
        partOfYear = year is not null && Patterns.Has(r, Patterns.PartialCue) && Patterns.IsPartialPeriod(r) && !Patterns.CalendarYearSpan().IsMatch(r);
        return year;
    }

    /// <summary>Whether the words before a figure make it a level over a span of years: "From 2010 to 2016, trade ... amounted to".</summary>
    internal static bool SumOverSpan(ReadOnlySpan<char> l) =>
        Patterns.Has(l, Patterns.SpanCue) && Patterns.SpanOfYearsBefore().IsMatch(l.Length > 200 ? l[^200..] : l);

    // "the highest level in the January-September period since Sh104.29 billion was recorded in 2016": the year of the record compared
    // with, neither the figure's nor the one the sentences after speak of.
    private static bool RecordComparedWith(ReadOnlySpan<char> span, int yearAt) =>
        Patterns.SinceRecordedBefore().IsMatch(span[Math.Max(0, yearAt - 70)..yearAt]);

    // partOfAYear: the span names a part of a year ("between January and September 2018", "the same period of 2022").
    internal static int? LatestYear(ReadOnlySpan<char> span, int? docYear, out bool partOfAYear)
    {
        int? latest = null;
        partOfAYear = false;
        foreach (var m in Patterns.Year().EnumerateMatches(span))
        {
            var before = span[Math.Max(0, m.Index - 30)..m.Index];
            if (Patterns.YearGovernor().IsMatch(before) && !WhenAfter(span, m.Index + m.Length)) continue;
            if (RecordComparedWith(span, m.Index) || Patterns.PublicationBefore().IsMatch(before)) continue;
            // "in the 12 months to the end of April 2022", "the year ended June 2019": a period ending in another month than December
            // is no calendar year, and the sentences after it do not speak of that year. Nor "during the first 11 months of 2023", a part
            // of a year, nor "increasing by 38.2 percent as compared to the same period of 2016", the year a part of a year is compared with.
            if (Patterns.PeriodEndingInMonth().IsMatch(before) || Patterns.PartOfYearBefore().IsMatch(span[Math.Max(0, m.Index - 50)..m.Index])
                || Patterns.SamePeriodBefore().IsMatch(before))
            {
                partOfAYear = true;
                continue;
            }
            var y = int.Parse(span.Slice(m.Index, m.Length));
            if (docYear is not null && y > docYear) continue;
            latest = Math.Max(latest ?? y, y);
        }
        // "compared to the same period last year": likewise.
        // A sentence about a part of a year ("during the January-April 2018 period, compared with $1.043 billion last year") speaks of no
        // year; "last year" there is the year compared with.
        return latest ?? (!partOfAYear && Patterns.Has(span, Patterns.YearCue) && !ComparesSamePeriod(span) ? FirstYear(span, docYear, null, fromEnd: true) : null);
    }

    // The year a stretch of text speaks of: the first (or last) explicit year not governed by "by", "since", "compared with",
    // or a relative year ("last year", "a year earlier") resolved against the document date or the year just named.
    internal static int? FirstYear(ReadOnlySpan<char> span, int? docYear, int? anchor, bool fromEnd) => FirstYear(span, docYear, anchor, fromEnd, out _);

    // unknown: in a text with no date, the nearest year is a relative one ("last year", "this year") that cannot be resolved.
    private static int? FirstYear(ReadOnlySpan<char> span, int? docYear, int? anchor, bool fromEnd, out bool unknown)
    {
        unknown = false;
        (int Pos, int Year)? best = null;
        var unresolved = -1;
        foreach (var m in Patterns.Year().EnumerateMatches(span))
        {
            var before = span[Math.Max(0, m.Index - 30)..m.Index];
            var y = int.Parse(span.Slice(m.Index, m.Length));
            // "by 2024" governs a year; "that figure for 2012 was" does not, nor "rose to more than $1.3 billion by the end of 2010" in a
            // text written after it (the level at a past year's end is that year's), nor "trade ... for 2017 amounted to" (a past year's level).
            // "up 7 per cent from 2018's $8.4 billion": a year that owns the figure after it dates it, whatever governs it.
            // "Since Venezuela and Colombia resumed bilateral relations on September 26, 2022, trade ... has reached": a year in the "since"
            // clause a sentence opens with starts a span, as "since 2022" does.
            if (m.Index < 200 && span.StartsWith("Since ", StringComparison.Ordinal) && Patterns.SinceClauseBefore().IsMatch(span[..m.Index])) continue;
            if (Patterns.YearGovernor().IsMatch(before) && !Patterns.FigureFor().IsMatch(before) && !WhenAfter(span, m.Index + m.Length) && !OwnsWhatFollows(span, m.Index + m.Length)
                // "As for 2013, the export ... amounted to", "For 2017, China's imports ... dropped to": the year the sentence turns to.
                && !before.EndsWith("as for ", StringComparison.OrdinalIgnoreCase)
                && !(m.Index == 4 && before.Equals("for ", StringComparison.OrdinalIgnoreCase) && span[(m.Index + m.Length)..].StartsWith(","))
                // "by 2023 this figure had grown to $3.2 billion" in a text written after it: the level of that year (before the figure only:
                // "$812 million but by 2023" after a figure speaks of the next one).
                // "has grown ... to US$ 131 million by 2015." in a text of 2016: "by" a past year right after the figure, ending the clause, dates it.
                // In a text of no date, a past perfect after the year says it is past too: "but by 2020 those exports had dwindled to".
                // "By the end of 2023, bilateral trade turnover ... amounted to" in a text of no date: a past verb of a level after the end of
                // a year says that year is past.
                && !((y < docYear || (docYear is null && Patterns.PastPerfectAfter().IsMatch(span[(m.Index + m.Length)..]))
                        || (docYear is null && before.EndsWith("by the end of ", StringComparison.OrdinalIgnoreCase) && Patterns.PastLevelAfter().IsMatch(span[(m.Index + m.Length)..])))
                    && (before.EndsWith("by the end of ", StringComparison.OrdinalIgnoreCase) || (fromEnd && before.EndsWith("by ", StringComparison.OrdinalIgnoreCase))
                    || (!fromEnd && m.Index <= 4 && before.Trim().Equals("by", StringComparison.OrdinalIgnoreCase) && EndsClause(span, m.Index + m.Length))
                    || (before.EndsWith("for ", StringComparison.OrdinalIgnoreCase) && Patterns.LevelVerbAfter().IsMatch(span[(m.Index + m.Length)..]))))) continue;
            if (NamesAGoal(span, m.Index + m.Length) || Patterns.PublicationBefore().IsMatch(before)) continue;
            // "decreased 32% compared to the same period in 2008, totalling USD 502.5 billion": the year a part of a year is compared with.
            if (Patterns.SamePeriodBefore().IsMatch(before) || RecordComparedWith(span, m.Index)) continue;
            // "stood at $504 million in 2017 compared to $374 million in 2016, while Russian exports to Egypt surpassed $6.2 billion": the
            // year of a figure compared with is that figure's; a later clause speaks of the year written before the comparison, or of none
            // ("grew 20 percent compared to 10 percent in 2016, reaching $6.2 billion" does not say when).
            if (fromEnd && Patterns.ComparedFigureIn().IsMatch(span[Math.Max(0, m.Index - 60)..m.Index])) continue;
            if (best is null || fromEnd) best = (m.Index, y);
            if (!fromEnd) break;
        }
        if (!Patterns.Has(span, Patterns.YearCue)) return best?.Year;
        foreach (var m in Patterns.RelativeYear().EnumerateMatches(span))
        {
            var words = span.Slice(m.Index, m.Length);
            // "surged 20 percent from a year earlier, to 1.25 trillion yen": the year compared with dates no figure.
            if (!words.StartsWith("this", StringComparison.OrdinalIgnoreCase) && !words.StartsWith("the current", StringComparison.OrdinalIgnoreCase)
                && Patterns.ComparedWith().IsMatch(span[Math.Max(0, m.Index - 40)..m.Index])) continue;
            // "a share of 7.9 percent as compared to 6.5 percent a year before": the year of the percentage compared with.
            if (Patterns.PercentBefore().IsMatch(span[Math.Max(0, m.Index - 45)..m.Index])) continue;
            int? y = words.StartsWith("this", StringComparison.OrdinalIgnoreCase) || words.StartsWith("the current", StringComparison.OrdinalIgnoreCase) ? docYear
                : words.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? null
                : words.EndsWith("later", StringComparison.OrdinalIgnoreCase) || words.StartsWith("the following", StringComparison.OrdinalIgnoreCase)
                    ? (anchor ?? best?.Year) + 1 is { } after && (docYear is null || after <= docYear) ? after : null
                : words.StartsWith("last", StringComparison.OrdinalIgnoreCase) || words.StartsWith("past", StringComparison.OrdinalIgnoreCase)
                    || words.StartsWith("previous", StringComparison.OrdinalIgnoreCase) ? docYear - 1
                : (anchor ?? best?.Year ?? docYear) - 1;
            if (y is null)
            {
                if (docYear is null && !words.StartsWith("next", StringComparison.OrdinalIgnoreCase) && (unresolved < 0 || fromEnd)) unresolved = m.Index;
                continue;
            }
            if (best is null || (fromEnd ? m.Index > best.Value.Pos : m.Index < best.Value.Pos)) best = (m.Index, y.Value);
        }
        // "Last year's bilateral trade turnover reached US$1.5 billion": a relative year that owns what follows dates a figure after it
        // (after a figure, "up from last year's $1.2 billion" speaks of the next one; "compared with last year's level" of none).
        if (fromEnd && docYear is not null)
            foreach (var m in Patterns.LastYearOwning().EnumerateMatches(span))
                if ((best is null || m.Index > best.Value.Pos) && !Patterns.ComparedWith().IsMatch(span[Math.Max(0, m.Index - 40)..m.Index]))
                    best = (m.Index, docYear.Value - 1);
        if (unresolved >= 0 && (best is null || (fromEnd ? unresolved > best.Value.Pos : unresolved < best.Value.Pos)))
        {
            unknown = true;
            return null;
        }
        return best?.Year;
    }

    // "the two countries' 2020 target of $200 billion": the year of a goal dates no figure.
    private static bool NamesAGoal(ReadOnlySpan<char> span, int yearEnd)
    {
        var rest = span[yearEnd..].TrimStart();
        return rest.StartsWith("target", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("goal", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("deadline", StringComparison.OrdinalIgnoreCase);
    }

    // A year that ends a twelve-month period in another month than December ("to the end of April 2022"), or ends a part of a year.
    internal static bool NamesRollingPeriod(ReadOnlySpan<char> span)
    {
        // "The bilateral trade between India and Japan for 2019-20 crossed $11.87 billion": a fiscal year is no calendar year either.
        if (Patterns.FiscalYear().IsMatch(span)) return true;
        foreach (var m in Patterns.Year().EnumerateMatches(span))
            if (Patterns.PeriodEndingInMonth().IsMatch(span[Math.Max(0, m.Index - 40)..m.Index])
                // "China accounted for ... $12.23bn with Uzbekistan during the first 11 months of 2023. Uzbek exports to China totalled
                // $2.27bn": the figures after a part of a year share it.
                || Patterns.PartOfYearBefore().IsMatch(span[Math.Max(0, m.Index - 50)..m.Index])) return true;
        // "This figure has increased by 31 percent compared to the same period last year": the text is still on the part of a year it
        // named before, and the figures after it share it.
        return ComparesSamePeriod(span);
    }

    private static bool ComparesSamePeriod(ReadOnlySpan<char> span) =>
        span.Contains("same", StringComparison.OrdinalIgnoreCase) && Patterns.SamePeriodOfAnotherYear().IsMatch(span);

    // Nothing but a stop or a bracket after position: "... to US$ 131 million by 2015."
    private static bool EndsClause(ReadOnlySpan<char> span, int position)
    {
        var rest = span[position..].TrimStart();
        return rest.IsEmpty || rest[0] is '.' or ',' or ';' or ')';
    }

    // "2018's " right before the figure.
    private static bool OwnsWhatFollows(ReadOnlySpan<char> span, int yearEnd)
    {
        var rest = span[yearEnd..];
        return rest.Length <= 4 && (rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal));
    }

    // "since 2018, when two-way trade was A$14.3 billion": a "when" clause after a governed year speaks of that year.
    private static bool WhenAfter(ReadOnlySpan<char> span, int yearEnd)
    {
        var rest = span[yearEnd..].TrimStart();
        if (rest.StartsWith(",")) rest = rest[1..].TrimStart();
        // "compared to 2019, when exports were ...", "compared to 2021 where they exported ...": the year a relative clause is about.
        return rest.StartsWith("when ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("where ", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("in which ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The year a statement was made, when its sentence opens with it before the saying ("Last year, Erdogan said that Ankara is
    /// seeking to triple trade ... over the next five years", "In 2014, the leaders agreed to double trade within five years"): its horizon
    /// counts, and its base is taken, from that year, not the text's. Null when the sentence does not date its statement.</summary>
    internal static int? StatedIn(Document doc, Sentence s)
    {
        if (s.End - s.Start < 12 || Patterns.StatedInOpening().Match(doc.Text, s.Start, Math.Min(s.End - s.Start, 200)) is not { Success: true } m) return null;
        if (m.Groups["y"].Success) return int.Parse(m.Groups["y"].Value) is var y && (doc.Year is null || y < doc.Year) ? y : null;
        return doc.Year - 1;
    }

    internal static (int? ByYear, string? Words) HorizonOf(ReadOnlySpan<char> span, int? docYear)
    {
        var m = Patterns.Horizon().Match(span.ToString());
        // "In 2015, Thailand and Russia agreed to increase bilateral trade from $5 billion to $10 billion annually": a year that opens the
        // clause of a past agreement is when the goal was set, not its horizon (a horizon after the figure is read before this span).
        if (!m.Success || (m.Groups["fy"].Success && Patterns.YearOfAPastAgreement().IsMatch(span[(m.Index + m.Length)..]))) return (null, null);
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

    // "by the end of the year", "this year", "by year-end": the year under way, whether or not the text's date says which.
    internal static bool HorizonIsThisYear(ReadOnlySpan<char> span) => Patterns.Horizon().Match(span.ToString()) is { Success: true } m && m.Groups["thisy"].Success;

    internal static int NumberWord(string w) => int.TryParse(w, out var n) ? n : w.ToLowerInvariant() switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        "fifteen" => 15, "twenty" => 20, _ => 0,
    };
}
