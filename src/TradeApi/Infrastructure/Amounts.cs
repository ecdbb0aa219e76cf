namespace TradeApi.Infrastructure;

// Money as the service takes it in: at least a cent and below 10^15 (more than any pair's yearly trade, and well inside decimal's
// range for every sum and ratio the service computes). Bounded where it enters (review patches, official imports), and every
// ratio goes through Ratio, so a value stored before these bounds cannot turn a list into a 500 either.
public static class Amounts
{
    /// <summary>One cent: the smallest amount a patch or an import may give (an import may also give 0).</summary>
    public const decimal Min = 0.01m;

    /// <summary>Amounts must stay below this.</summary>
    public const decimal Max = 1e15m;

    public static bool IsAmount(decimal d) => d >= Min && d < Max;

    public const string Accepted = "an amount of at least one cent (0.01) and below 10^15";

    /// <summary>a times b, rounded; null when the result does not fit a decimal.</summary>
    public static decimal? Product(decimal a, decimal b, int decimals)
    {
        try
        {
            return decimal.Round(a * b, decimals);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>a / b times scale, rounded; null when b is 0 or the result does not fit a decimal.</summary>
    public static decimal? Ratio(decimal a, decimal b, int decimals, decimal scale = 1)
    {
        if (b == 0) return null;
        try
        {
            return decimal.Round(a / b * scale, decimals);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// An amount in words for explanations: "1.5 bn", "240 M", "950".
    public static string Money(decimal v) => v switch
    {
        >= 1_000_000_000m => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{v / 1_000_000_000m:0.##} bn"),
        >= 1_000_000m => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{v / 1_000_000m:0.##} M"),
        _ => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
    };
}
