using NodaTime;
using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Tests.Domain;

/// <summary>Builders for commission tests: cash collected, the tiered default rule of the rules page's example.</summary>
internal static class CommissionBuild
{
    public static readonly LocalDate October = new(2026, 10, 1);

    /// <summary>Base 2%, 3% from 100,000, 4% from 300,000 (marginal).</summary>
    public static CommissionRule Tiered(string? productLine = null, string? customerType = null) =>
        new(Guid.NewGuid(), productLine, customerType, 2m, [new CommissionTier(100_000m, 3m), new CommissionTier(300_000m, 4m)]);

    public static CommissionRule Flat(decimal rate, string? productLine = null, string? customerType = null) =>
        new(Guid.NewGuid(), productLine, customerType, rate, []);

    public static CollectedCash Cash(decimal amount, string? productLine = null, string? customerType = null, LocalDate? paidOn = null) =>
        new(PaymentId: Guid.NewGuid(), AllocationId: Guid.NewGuid(), ContractId: Guid.NewGuid(), ReceivableId: Guid.NewGuid(),
            ContractNumber: "HT-2026-00001", Milestone: "首付款", BankReference: "BR-1", CustomerId: Guid.NewGuid(), CustomerName: "客户",
            CustomerType: customerType, ProductLine: productLine, PaidOn: paidOn ?? October.PlusDays(14), Amount: amount);
}
