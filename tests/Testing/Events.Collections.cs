using NodaTime;
using SalesSuite.Collections.Contracts;

namespace SalesSuite.Testing;

/// <summary>Events published by Collections.</summary>
public static partial class Events
{
    public static ContractCreated ContractCreated(
        Guid? contractId = null, string? number = null, Guid? quoteId = null, Guid? dealId = null, Guid? customerId = null,
        Guid? ownerId = null, decimal? amount = null, string currency = "CNY", IReadOnlyList<ScheduledMilestone>? schedule = null,
        Guid? actorUserId = null, Instant? occurredAt = null)
    {
        var f = Fake();
        var total = amount ?? Amount(f);
        return new(Guid.NewGuid(), At(occurredAt), actorUserId, contractId ?? Guid.NewGuid(), number ?? $"HT-2026-{f.Random.Number(1, 99999):00000}",
            quoteId, dealId, customerId ?? Guid.NewGuid(), ownerId ?? Guid.NewGuid(), total, currency,
            schedule ?? [new ScheduledMilestone(Guid.NewGuid(), 1, "首付款", "Deposit", total, null)]);
    }

    /// <summary>A payment; without allocations, all of it applied to one milestone of <paramref name="contractId"/>.</summary>
    public static PaymentRecorded PaymentRecorded(
        Guid? paymentId = null, Guid? customerId = null, string? bankReference = null, decimal? amount = null, string currency = "CNY",
        LocalDate? paidOn = null, Guid? contractId = null, IReadOnlyList<AllocatedAmount>? allocations = null, Guid? actorUserId = null,
        Instant? occurredAt = null)
    {
        var f = Fake();
        var total = amount ?? Amount(f);
        return new(Guid.NewGuid(), At(occurredAt), actorUserId, paymentId ?? Guid.NewGuid(), customerId ?? Guid.NewGuid(),
            bankReference ?? "BR" + f.Random.Number(10_000_000, 99_999_999), total, currency, paidOn ?? new LocalDate(2026, 11, 23),
            allocations ?? [new AllocatedAmount(contractId ?? Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), total)]);
    }

    public static MilestonePaid MilestonePaid(
        Guid? contractId = null, Guid? milestoneId = null, Guid? dealId = null, Guid? customerId = null, Guid? ownerId = null,
        string name = "到货款", decimal? amount = null, string currency = "CNY", LocalDate? paidOn = null, int daysLate = 0,
        Guid? actorUserId = null, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), actorUserId, contractId ?? Guid.NewGuid(), milestoneId ?? Guid.NewGuid(), dealId,
            customerId ?? Guid.NewGuid(), ownerId ?? Guid.NewGuid(), name, amount ?? Amount(Fake()), currency,
            paidOn ?? new LocalDate(2026, 11, 23), daysLate);

    public static OverdueReasonTagged OverdueReasonTagged(
        Guid? receivableId = null, Guid? contractId = null, Guid? dealId = null, Guid? customerId = null, Guid? ownerId = null,
        int daysOverdue = 12, Guid? reasonId = null, string reason = "发票未送达", string? text = null, Guid? actorUserId = null,
        Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), actorUserId, receivableId ?? Guid.NewGuid(), contractId ?? Guid.NewGuid(), dealId,
            customerId ?? Guid.NewGuid(), ownerId ?? Guid.NewGuid(), daysOverdue, reasonId ?? Guid.NewGuid(), reason, text);

    public static DealClosedLoop DealClosedLoop(
        Guid? contractId = null, string? contractNumber = null, Guid? dealId = null, Guid? customerId = null, Guid? ownerId = null,
        decimal? collectedAmount = null, string currency = "CNY", Guid? actorUserId = null, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), actorUserId, contractId ?? Guid.NewGuid(), contractNumber ?? "HT-2026-00001", dealId,
            customerId ?? Guid.NewGuid(), ownerId ?? Guid.NewGuid(), collectedAmount ?? Amount(Fake()), currency);

    public static CreditExposureChanged CreditExposureChanged(
        Guid? customerId = null, decimal exposure = 0m, decimal? limit = null, string currency = "CNY", Guid? actorUserId = null,
        Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), actorUserId, customerId ?? Guid.NewGuid(), exposure, limit, currency);
}
