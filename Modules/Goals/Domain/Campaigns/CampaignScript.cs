namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>A talk track for the salesperson (title and text), shown in the campaign's order.</summary>
internal sealed record CampaignScript(string Title, string Text)
{
    public const int TitleMaxLength = 100;
    public const int TextMaxLength = 2000;
}
