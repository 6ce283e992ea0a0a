namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>A target customer of a campaign (a <see cref="GoalCustomer"/>), its name as it was, and who works it.</summary>
internal sealed record CampaignCustomer(Guid CustomerId, string Name, Guid AssigneeId);
