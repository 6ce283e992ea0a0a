using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.FollowUps;

/// <summary>What the follow-up form offers: obstacle tags, and the visible customers or the lead being followed up.</summary>
internal sealed record FollowUpFormView(IReadOnlyList<string> ObstacleTags, IReadOnlyList<Customer> Customers, string? LeadName);
