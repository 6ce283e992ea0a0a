namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>A material row of the campaign form: title, link, seconds for a video (a blank row is ignored).</summary>
public sealed class CampaignMaterialInput
{
    public string? Title { get; set; }
    public string? Link { get; set; }
    public int? Seconds { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Link) && Seconds is null;
}
