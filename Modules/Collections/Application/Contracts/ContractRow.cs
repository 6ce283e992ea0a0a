using NodaTime;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>One line of the contract list (customer name from Collections' customer accounts, null when unknown).</summary>
internal sealed record ContractRow(
    Guid Id, string Number, Guid CustomerId, string? CustomerCode, string? CustomerName, Guid OwnerId, decimal Amount, string Currency,
    decimal Collected, LocalDate SignedOn, bool ClosedLoop, bool Overdue)
{
    public string Customer => CustomerName ?? CustomerId.ToString();

    /// <summary>ClosedLoop (成交闭环: every milestone paid), Overdue (a milestone past its date), else Open.</summary>
    public string Status => ClosedLoop ? "ClosedLoop" : Overdue ? "Overdue" : "Open";
}
