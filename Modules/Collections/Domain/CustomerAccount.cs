using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// Collections' view of a customer: code, name and type kept from Leads' events, plus what only Collections owns,
/// the credit limit Finance sets. Exposure (open receivables + accepted but unscheduled) is computed, not stored.
/// </summary>
internal sealed class CustomerAccount : IAuditable, IVersioned
{
    public CustomerAccount(Guid customerId, string code, string name, string? customerType, Guid? ownerId)
    {
        CustomerId = customerId;
        Refresh(code, name, customerType, ownerId);
    }

    private CustomerAccount()
    {
        // EF Core
    }

    public Guid CustomerId { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string? CustomerType { get; private set; }
    public Guid? OwnerId { get; private set; }
    /// <summary>Set when Leads merged this customer into another one.</summary>
    public Guid? MergedInto { get; private set; }
    /// <summary>The most Finance lets this customer owe; null: no limit set.</summary>
    public decimal? CreditLimit { get; private set; }
    public int Version { get; set; }

    public string AuditId => Code;

    public void Refresh(string code, string name, string? customerType, Guid? ownerId)
    {
        Code = code.Trim();
        Name = name.Trim();
        CustomerType = string.IsNullOrWhiteSpace(customerType) ? null : customerType.Trim();
        OwnerId = ownerId ?? OwnerId;
    }

    public void MergeInto(Guid survivorId) => MergedInto = survivorId;

    public void HandOverTo(Guid ownerId) => OwnerId = ownerId;

    public void SetCreditLimit(decimal? limit)
    {
        DomainException.ThrowIf(limit is { } l && (l < 0 || decimal.Round(l, 2) != l), "Credit_Error_Limit");
        CreditLimit = limit;
    }
}
