using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Funnel;

/// <summary>A lead behind a funnel step: its owner, its way down the funnel, its deal (once opened).</summary>
internal sealed record FunnelRecord(Guid LeadId, string Source, Guid OwnerId, Guid? TeamId, string Owner, FunnelPath Path, RecordRef? Deal)
{
    public RecordRef Lead => new(RecordRef.Lead, LeadId, Source);
}
