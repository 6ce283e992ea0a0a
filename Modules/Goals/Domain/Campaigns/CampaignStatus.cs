namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>A campaign is prepared as a draft, runs once activated (the team is told), and is closed at the end.</summary>
internal enum CampaignStatus
{
    Draft,
    Active,
    Closed,
}
