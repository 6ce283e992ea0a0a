namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>A script row of the campaign form (a blank row is ignored).</summary>
public sealed class CampaignScriptInput
{
    public string? Title { get; set; }
    public string? Text { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Text);
}
