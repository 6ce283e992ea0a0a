using NodaTime;
using SalesSuite.SharedKernel.Money;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>The manual contract form as posted (checked by <see cref="ContractInputValidator"/>).</summary>
public sealed class ContractInput
{
    public const int RowCount = 6;

    /// <summary>The customer's code (or exact name) as picked from Collections' customer accounts.</summary>
    public string? Customer { get; set; }
    /// <summary>The salesperson who owns the contract; empty: the customer's owner.</summary>
    public Guid? OwnerId { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; } = Money.DefaultCurrency;
    /// <summary>ISO date (yyyy-MM-dd) as the date input posts it.</summary>
    public string? SignedOn { get; set; }
    public string? Terms { get; set; }
    public List<ScheduleRowInput> Rows { get; set; } = [];

    internal LocalDate? SignedDate => ScheduleRowInput.ParseDate(SignedOn);
}
