using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using TradeApi.Infrastructure;

namespace TradeApi.Rates;

/// An annual average exchange rate.
[FreeWords]
public sealed record Rate(
    [property: Description("ISO 4217 code.")] string Currency,
    int Year,
    [property: Description("Units of the currency per US dollar, the year's average.")] decimal UnitsPerUsd,
    [property: Description("Where the rate came from, as given at import (a file name or an address).")] string? Source);

/// A figure in another currency set in US dollars: `value / rate`, at the average rate of `year`.
public sealed record UsdValue(
    [property: Description("The figure in US dollars, to the cent.")] decimal Value,
    [property: Description("Units of the figure's currency per US dollar used.")] decimal Rate,
    [property: Description("The year whose average rate was used.")] int Year,
    [property: Description("True when the figure's own year has no rate and the latest year with one was used (a target's deadline in the future).")] bool LatestRate = false);

/// Query of the rates list.
public sealed record RatesQuery : PageQuery, IValidatableObject
{
    [Description("ISO 4217 codes, comma-separated (NZD,GBP); default every currency.")]
    [MaxLength(200, ErrorMessage = "is at most 200 characters")]
    public string? Currency { get; init; }

    [Description("First year, inclusive (1900-2100).")]
    [Year]
    public int? From { get; init; }

    [Description("Last year, inclusive (1900-2100).")]
    [Year]
    public int? To { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        foreach (var problem in YearRangeQuery.Ordered(From, To)) yield return problem;
        foreach (var c in Vocabulary.Split(Currency))
            if (!RateTable.IsCode(c.ToUpperInvariant()))
                yield return new ValidationResult($"'{Text.Truncate(c)}' is not an ISO 4217 code (three letters, such as NZD)", [nameof(Currency)]);
    }
}

// The rates held, in memory for one request: conversion never guesses. A currency or year without a rate converts to nothing, and
// the caller says `no_rate`; only a target's deadline beyond the last rate falls back, openly, to the latest year with one.
public sealed class RateTable
{
    private readonly Dictionary<string, SortedList<int, decimal>> _byCurrency;

    public RateTable(IEnumerable<Rate> rates)
    {
        _byCurrency = new(StringComparer.Ordinal);
        foreach (var r in rates)
        {
            if (!_byCurrency.TryGetValue(r.Currency, out var years)) _byCurrency[r.Currency] = years = new SortedList<int, decimal>();
            years[r.Year] = r.UnitsPerUsd;
        }
    }

    public static readonly RateTable Empty = new([]);

    public const string Usd = "USD";

    /// <summary>Rates accepted: from 10^-6 to below 10^12 units per dollar (the bolívar reached 2.45 million), so every conversion of an
    /// amount below 10^15 fits a decimal.</summary>
    public const decimal MinRate = 0.000001m, MaxRate = 1e12m;

    public static bool IsCode(string s) => s.Length == 3 && s.All(char.IsAsciiLetterUpper);

    public int Count => _byCurrency.Values.Sum(y => y.Count);

    /// Units of `currency` per US dollar in `year`; 1 for the dollar; null when no rate is held.
    public decimal? UnitsPerUsd(string currency, int year) =>
        currency == Usd ? 1m : _byCurrency.TryGetValue(currency, out var years) && years.TryGetValue(year, out var rate) ? rate : null;

    /// A figure in `currency` set in dollars at `year`'s rate; with latestIfMissing, a year after the last rate uses the last rate.
    public UsdValue? ToUsd(decimal value, string currency, int year, bool latestIfMissing = false)
    {
        if (currency == Usd) return null;
        // Through the guarded ratio: an extracted figure is not bounded the way stored ones are, and no figure may turn into a 500.
        if (UnitsPerUsd(currency, year) is { } rate) return Amounts.Ratio(value, rate, 2) is { } usd ? new UsdValue(usd, rate, year) : null;
        if (!latestIfMissing || !_byCurrency.TryGetValue(currency, out var years) || years.Count == 0 || years.Keys[^1] > year) return null;
        return Amounts.Ratio(value, years.Values[^1], 2) is { } latest ? new UsdValue(latest, years.Values[^1], years.Keys[^1], LatestRate: true) : null;
    }

    /// A dollar figure in `currency` at `year`'s rate; null when no rate is held.
    public decimal? FromUsd(decimal usd, string currency, int year) =>
        UnitsPerUsd(currency, year) is { } rate ? Amounts.Product(usd, rate, 2) : null;
}
