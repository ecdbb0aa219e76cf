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
}

// The roles that can be told from the words around a figure alone, before any pair or year is resolved.
internal static class Roles
{
    /// <summary>Longest stretch before a figure that is read as its clause.</summary>
    public const int MaxClause = 400;

    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> s, int n) => s.Length > n ? s[^n..] : s;

    // The clause a figure sits in starts after the last ';', ", and", "while", "whereas" or ", but" before it: "goods exports reached $74.4 billion,
    // while services exports were $50.6 billion" has two clauses.
    public static int ClauseStart(string text, int sentenceStart, int at)
    {
        var span = text.AsSpan(sentenceStart, at - sentenceStart);
        var b = Math.Max(Math.Max(span.LastIndexOf(';'), span.LastIndexOf(", and ")),
            Math.Max(span.LastIndexOf(" while "), Math.Max(span.LastIndexOf(" whereas "), span.LastIndexOf(", but "))));
        return b < 0 ? sentenceStart : sentenceStart + b + 1;
    }

    /// <summary>The role of a figure from its own words: the clause before it (since the figure before, if any), and the words after it.</summary>
    public static Role? Early(ReadOnlySpan<char> sinceFigure, ReadOnlySpan<char> clause, ReadOnlySpan<char> rightNear, bool afterFigure, bool differentCurrency, Role? before)
    {
        sinceFigure = Tail(sinceFigure, MaxClause);
        if (afterFigure && differentCurrency && Patterns.ConversionBefore().IsMatch(Tail(sinceFigure, 40))) return Role.Conversion;
        if (Patterns.BalanceWord().IsMatch(clause)) return Role.Balance;
        // "with Canada was $21.6 billion" after a deficit figure lists more deficits, unless a flow word starts a new subject.
        if (before == Role.Balance && afterFigure && !Patterns.FlowWord().IsMatch(sinceFigure)) return Role.Balance;
        if (Patterns.PercentBracketBefore().IsMatch(Tail(sinceFigure, 40))) return Role.Change;
        var sectorScope = afterFigure ? sinceFigure : clause;
        if (Patterns.SectorFlow().IsMatch(sectorScope)) return Role.Sector;
        if (Patterns.DealAfter().IsMatch(rightNear.Length > 60 ? rightNear[..60] : rightNear)) return Role.Deal;
        if (Patterns.ChangeBefore().IsMatch(Tail(sinceFigure, 60))) return Role.Change;
        return null;
    }
}
