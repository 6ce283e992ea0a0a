using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// One page of a customer's timeline as read: its entries, follow-ups (with their files and corrections) and stage changes,
/// and, when older entries exist, the instant to read before (<see cref="Older"/>) and how many there are.
/// </summary>
internal sealed record TimelineSlice(
    IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<FollowUp> FollowUps, IReadOnlyList<DealStageChange> Changes,
    IReadOnlyList<FollowUpFile> Files, IReadOnlyList<FollowUpCorrection> Corrections, Instant? Older, int OlderCount)
{
    public static readonly TimelineSlice Empty = new([], [], [], [], [], null, 0);
}

/// <summary>A follow-up's attachment as the timeline links it.</summary>
internal sealed record FollowUpFile(Guid Id, Guid FollowUpId, string FileName);
