using System.Globalization;

namespace SalesSuite.SharedKernel.Money;

/// <summary>A decimal amount in a currency (ISO 4217, default CNY). Never double.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public const string DefaultCurrency = "CNY";

    public static Money Zero(string currency = DefaultCurrency) => new(0m, currency);

    public static Money Cny(decimal amount) => new(amount, DefaultCurrency);

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, SameCurrency(a, b));

    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, SameCurrency(a, b));

    public static Money operator *(Money a, decimal factor) => new(a.Amount * factor, a.Currency);

    /// <summary>Rounded half away from zero to the currency's minor unit (2 places for CNY).</summary>
    public Money Round() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero), Currency);

    public string Format(IFormatProvider? culture = null) =>
        Currency == DefaultCurrency
            ? "¥" + Amount.ToString("N2", culture ?? CultureInfo.InvariantCulture)
            : $"{Currency} {Amount.ToString("N2", culture ?? CultureInfo.InvariantCulture)}";

    public override string ToString() => Format();

    private static string SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency
            ? a.Currency
            : throw new InvalidOperationException($"Cannot combine {a.Currency} with {b.Currency}.");
}
