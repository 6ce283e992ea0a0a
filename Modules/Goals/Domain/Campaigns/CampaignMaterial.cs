namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>A material: a web link (http/https) or a page of this app; a video says how long it lasts (≤ 90 s).</summary>
internal sealed record CampaignMaterial(string Title, string Link, int? Seconds)
{
    public const int TitleMaxLength = 100;
    public const int LinkMaxLength = 300;
    public const int MaxSeconds = KeyActionType.HowToMaxSeconds;

    public static bool IsWebOrLocal(string link) =>
        (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
