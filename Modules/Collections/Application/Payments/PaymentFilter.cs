using NodaTime;
using NodaTime.Text;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>The payment list's filters as the query string carries them (all optional).</summary>
public sealed class PaymentFilter
{
    public Guid? CustomerId { get; set; }
    /// <summary>Paid on or after (yyyy-MM-dd).</summary>
    public string? From { get; set; }
    /// <summary>Paid on or before (yyyy-MM-dd).</summary>
    public string? To { get; set; }
    /// <summary>Active or Reversed; empty for both.</summary>
    public string? Status { get; set; }
    /// <summary>Only payments with money not allocated yet (customer credit).</summary>
    public bool Unallocated { get; set; }

    internal LocalDate? FromDate => Date(From);
    internal LocalDate? ToDate => Date(To);

    internal PaymentStatus? StatusValue => Enum.TryParse<PaymentStatus>(Status, out var s) && Enum.IsDefined(s) ? s : null;

    private static LocalDate? Date(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } r ? r.Value : null;
}
