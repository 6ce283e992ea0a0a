using NodaTime;
using SalesSuite.Quotes.Contracts;

namespace SalesSuite.Testing;

/// <summary>Events published by Quotes.</summary>
public static partial class Events
{
    /// <summary>An accepted quote; without a schedule, 30% on signing and 70% thirty days later.</summary>
    public static QuoteAccepted QuoteAccepted(
        Guid? quoteId = null, Guid? dealId = null, Guid? customerId = null, Guid? ownerId = null, string version = "V1.0",
        decimal? amount = null, string currency = "CNY", string? acceptedByName = null,
        IReadOnlyList<PaymentMilestone>? paymentSchedule = null, string? paymentTerms = null, Guid? actorUserId = null, Instant? occurredAt = null,
        IReadOnlyList<AcceptedLine>? lines = null)
    {
        var f = Fake();
        var total = amount ?? Amount(f);
        var schedule = paymentSchedule ??
        [
            new PaymentMilestone("预付款", 30m, Math.Round(total * 0.3m, 2), null, 0),
            new PaymentMilestone("发货款", 70m, total - Math.Round(total * 0.3m, 2), null, 30),
        ];
        return new(Guid.NewGuid(), At(occurredAt), actorUserId, quoteId ?? Guid.NewGuid(), dealId ?? Guid.NewGuid(), customerId ?? Guid.NewGuid(),
            ownerId ?? Guid.NewGuid(), version, total, currency, acceptedByName ?? f.Name.FullName(), schedule, paymentTerms, lines);
    }

    public static QuoteViewed QuoteViewed(
        Guid? quoteId = null, Guid? dealId = null, Guid? customerId = null, string version = "V1.0", Instant? viewedAt = null,
        Guid? actorUserId = null, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), actorUserId, quoteId ?? Guid.NewGuid(), dealId ?? Guid.NewGuid(), customerId ?? Guid.NewGuid(),
            version, viewedAt ?? At(occurredAt));
}
