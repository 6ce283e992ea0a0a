using NodaTime;

namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>
/// A check-in point: an action type (its evidence standard) that must happen <see cref="Quantity"/> times for each
/// target customer, optionally by <see cref="DueOn"/> (inside the campaign's window).
/// </summary>
internal sealed record CampaignStep(Guid ActionTypeId, int Quantity, LocalDate? DueOn)
{
    public const int MaxQuantity = 100;
}
