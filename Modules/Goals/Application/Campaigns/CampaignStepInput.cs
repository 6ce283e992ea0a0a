using NodaTime;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>A check-in row of the campaign form: action type, quantity per customer, optional due date (blank: ignored).</summary>
public sealed class CampaignStepInput
{
    public Guid? ActionTypeId { get; set; }
    public int? Quantity { get; set; } = 1;
    /// <summary>ISO date (yyyy-MM-dd) as the date input posts it.</summary>
    public string? DueOn { get; set; }

    internal bool IsBlank => ActionTypeId is null && string.IsNullOrWhiteSpace(DueOn);
    internal LocalDate? Due => CampaignInput.ParseDate(DueOn);
}
