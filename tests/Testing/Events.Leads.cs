using NodaTime;
using SalesSuite.Leads.Contracts;

namespace SalesSuite.Testing;

/// <summary>Events published by Leads.</summary>
public static partial class Events
{
    public static CustomerRegistered CustomerRegistered(
        Guid? customerId = null, string? code = null, string? name = null, Guid? ownerId = null,
        string? industry = "医疗", string? customerType = "经销商", Guid? actorUserId = null, Instant? occurredAt = null)
    {
        var f = Fake();
        return new(Guid.NewGuid(), At(occurredAt), actorUserId, customerId ?? Guid.NewGuid(), code ?? CustomerCode(f),
            name ?? CompanyName(f), ownerId, industry, customerType);
    }

    public static CustomersMerged CustomersMerged(
        Guid? survivorCustomerId = null, Guid? mergedCustomerId = null, string? survivorCode = null, string? mergedCode = null,
        Guid? actorUserId = null, Instant? occurredAt = null)
    {
        var f = Fake();
        return new(Guid.NewGuid(), At(occurredAt), actorUserId, survivorCustomerId ?? Guid.NewGuid(), mergedCustomerId ?? Guid.NewGuid(),
            survivorCode ?? CustomerCode(f), mergedCode ?? CustomerCode(f));
    }

    public static DealOpened DealOpened(
        Guid? dealId = null, Guid? customerId = null, string? customerCode = null, string? customerName = null, Guid? ownerId = null,
        Guid? pipelineId = null, string? title = null, string? productLine = null, decimal? expectedAmount = null,
        string currency = "CNY", string stageCode = "商务谈判", bool canQuote = true, Guid? actorUserId = null, Instant? occurredAt = null,
        Guid? leadId = null)
    {
        var f = Fake();
        var owner = ownerId ?? Guid.NewGuid();
        return new(Guid.NewGuid(), At(occurredAt), actorUserId ?? owner, dealId ?? Guid.NewGuid(), customerId ?? Guid.NewGuid(),
            customerCode ?? CustomerCode(f), customerName ?? CompanyName(f), owner, pipelineId ?? Guid.NewGuid(),
            title ?? f.Commerce.ProductName() + "采购项目", productLine, expectedAmount ?? Amount(f), currency, stageCode, canQuote, 0, leadId);
    }

    public static DealStageChanged DealStageChanged(
        Guid? dealId = null, Guid? customerId = null, Guid? ownerId = null, string fromStage = "技术确认", string toStage = "样品测试",
        Duration? timeInPreviousStage = null, IReadOnlyList<string>? skippedStages = null, Guid? actorUserId = null, Instant? occurredAt = null,
        long sequence = 0)
    {
        var owner = ownerId ?? Guid.NewGuid();
        var skipped = skippedStages ?? [];
        return new(Guid.NewGuid(), At(occurredAt), actorUserId ?? owner, dealId ?? Guid.NewGuid(), customerId ?? Guid.NewGuid(), owner,
            fromStage, toStage, timeInPreviousStage ?? Duration.FromDays(Fake().Random.Number(1, 30)), skipped.Count > 0, skipped, sequence);
    }

    public static DealQuotingEligibilityChanged DealQuotingEligibilityChanged(
        Guid? dealId = null, bool canQuote = true, string? reason = null, Guid? actorUserId = null, Instant? occurredAt = null, long sequence = 0) =>
        new(
            Guid.NewGuid(), At(occurredAt), actorUserId, dealId ?? Guid.NewGuid(), canQuote,
            reason ?? (canQuote ? "阶段满足报价条件" : "阶段回退"), sequence);

    /// <summary>
    /// A hand-over of <paramref name="dealIds"/> (as one "Deal" transfer) from one person to another; <paramref name="sequence"/>,
    /// when given, is carried for every deal.
    /// </summary>
    public static OwnershipHandedOver OwnershipHandedOver(
        Guid? fromUserId = null, Guid? toUserId = null, IReadOnlyList<Guid>? dealIds = null, Guid? actorUserId = null, Instant? occurredAt = null,
        long? sequence = null)
    {
        var deals = dealIds ?? [Guid.NewGuid()];
        return new(Guid.NewGuid(), At(occurredAt), actorUserId, Guid.NewGuid(), fromUserId ?? Guid.NewGuid(),
            [new HandOverTransfer(toUserId ?? Guid.NewGuid(), "Deal", deals.Count, deals, sequence is { } n ? deals.Select(_ => n).ToList() : null)]);
    }
}
