using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.List;

/// <summary>One step waiting for the viewer's decision, with what the queue shows of its quote.</summary>
internal sealed record QueueRow(
    Guid StepId, Guid QuoteId, string Number, string? VersionLabel, string CustomerName, Guid OwnerId, StepKind Kind, Instant? ActivatedAt,
    Instant? DueAt)
{
    public Duration Age(Instant now) => ActivatedAt is { } at ? now - at : Duration.Zero;

    public bool IsOverdue(Instant now) => DueAt is { } due && now > due;
}
