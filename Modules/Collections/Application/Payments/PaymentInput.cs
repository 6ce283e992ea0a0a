using NodaTime;
using NodaTime.Text;
using SalesSuite.SharedKernel.Money;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>The "record a payment" form as posted (checked by <see cref="PaymentInputValidator"/>).</summary>
public sealed class PaymentInput
{
    public Guid? CustomerId { get; set; }
    public string? BankReference { get; set; }
    /// <summary>ISO date (yyyy-MM-dd) as the date input posts it.</summary>
    public string? PaidOn { get; set; }
    public string? Amount { get; set; }
    public string? Currency { get; set; } = Money.DefaultCurrency;
    public string? Payer { get; set; }
    public AllocationMode Mode { get; set; }
    public List<AllocationLineInput> Lines { get; set; } = [];

    internal decimal? AmountValue => AmountText.Parse(Amount);

    internal LocalDate? PaidOnValue =>
        string.IsNullOrWhiteSpace(PaidOn) ? null : LocalDatePattern.Iso.Parse(PaidOn.Trim()) is { Success: true } r ? r.Value : null;

    internal string CurrencyCode => string.IsNullOrWhiteSpace(Currency) ? Money.DefaultCurrency : Currency.Trim().ToUpperInvariant();

    /// <summary>The by-hand lines that take money (blank lines are ignored).</summary>
    internal IEnumerable<(int Index, AllocationLineInput Line)> FilledLines =>
        Lines.Select((line, i) => (i, line)).Where(x => !x.line.IsBlank);
}
