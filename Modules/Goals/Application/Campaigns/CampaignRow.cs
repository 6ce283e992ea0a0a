using NodaTime;
using SalesSuite.Goals.Domain.Campaigns;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>A campaign in the list, with its progress counted from evidence.</summary>
internal sealed record CampaignRow(
    Guid Id, string Name, string TeamName, LocalDate StartsOn, LocalDate EndsOn, CampaignStatus Status, int Customers, int Steps,
    int Percent, int Through, int Overdue);
