using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// Collections' view of a customer: code, name and type kept from Leads' events, plus what only Collections owns,
/// the credit limit Finance sets and the exposure (<see cref="CreditExposure"/>). The exposure is recomputed from the
/// contracts whenever Collections' own events say it may have changed and kept here, so the credit page filters and
/// flags in the database.
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
    /// <summary>Open receivables + accepted but unscheduled, as last computed (<see cref="CreditExposure"/>).</summary>
    public decimal Exposure { get; private set; }
    /// <summary>The part of <see cref="Exposure"/> that has no due date yet.</summary>
    public decimal UnscheduledExposure { get; private set; }
    /// <summary>When the exposure last changed.</summary>
    public Instant? ExposureAsOf { get; private set; }
    /// <summary>Exposure above the limit (stored: SQLite cannot compare decimals in SQL).</summary>
    public bool OverLimit { get; private set; }
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

    /// <summary>What is left under the limit (negative: over it); null without a limit.</summary>
    public decimal? Available => CreditLimit - Exposure;

    /// <summary>Sets (or with null clears) the limit; true when it changed.</summary>
    public bool SetCreditLimit(decimal? limit)
    {
        DomainException.ThrowIf(limit is { } l && (l < 0 || decimal.Round(l, 2) != l), "Credit_Error_Limit");
        var changed = CreditLimit != limit;
        CreditLimit = limit;
        OverLimit = CreditExposure.IsOver(Exposure, CreditLimit);
        return changed;
    }

    /// <summary>Keeps a freshly computed exposure (stamped when it differs); true when the total changed.</summary>
    public bool UpdateExposure(CreditExposure exposure, Instant now)
    {
        var changed = Exposure != exposure.Total;
        if (!changed && UnscheduledExposure == exposure.Unscheduled)
        {
            return false;
        }
        Exposure = exposure.Total;
        UnscheduledExposure = exposure.Unscheduled;
        ExposureAsOf = now;
        OverLimit = CreditExposure.IsOver(Exposure, CreditLimit);
        return changed;
    }
}
