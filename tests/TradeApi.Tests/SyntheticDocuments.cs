namespace TradeApi.Tests;

// Distinct news-style documents for load and crash tests: each names a pair, a yearly figure and often a target.
public static class SyntheticDocuments
{
    private static readonly string[] Countries =
        ["Peru", "Chile", "Kenya", "Ghana", "Norway", "Poland", "Vietnam", "Egypt", "Morocco", "Brazil", "Canada", "Mexico", "Japan", "Turkey", "Qatar", "Oman"];

    public static string Make(int n, Random rng)
    {
        var a = Countries[rng.Next(Countries.Length)];
        string b;
        do b = Countries[rng.Next(Countries.Length)]; while (b == a);
        var year = rng.Next(2005, 2023);
        var value = rng.Next(100, 9000);
        var text = $"{a} and {b} review trade, report {n}\n\nLIMA, {rng.Next(1, 28)} May {year + 1} - Trade between {a} and {b} reached ${value} million in {year}.";
        if (rng.Next(2) == 0) text += $" Minister Ana Ruiz said the two countries want to bring trade to ${value * 2} million by {year + 6}.";
        return text + $" Officials met for round {n}.\n";
    }
}
