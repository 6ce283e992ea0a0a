using NodaTime;

namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>One evidence match as a campaign counts it: for which customer, which action type, credited to whom, when.</summary>
internal sealed record CampaignEvidence(Guid CustomerId, Guid ActionTypeId, Guid UserId, LocalDate Day);
