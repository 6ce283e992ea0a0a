using NodaTime;

namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>Everything a campaign's editor sets, resolved (customers known, the team named), checked by the campaign.</summary>
internal sealed record CampaignPlan(
    string Name,
    string? Goal,
    LocalDate StartsOn,
    LocalDate EndsOn,
    Guid TeamId,
    string TeamName,
    IReadOnlyList<CampaignCustomer> Customers,
    IReadOnlyList<CampaignScript> Scripts,
    IReadOnlyList<CampaignMaterial> Materials,
    IReadOnlyList<CampaignStep> Steps);
