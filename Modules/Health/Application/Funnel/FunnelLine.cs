using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Funnel;

/// <summary>A team's or a person's funnel (Key: team or user id; null: no team / the total).</summary>
internal sealed record FunnelLine(Guid? Key, string? Label, IReadOnlyList<FunnelStepCount> Steps);
