using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// Subject and body in the recipient's saved language (not the sender's, not the server's), rendered like the bell
/// renders it (<see cref="NotificationText"/>), with the record's link made absolute from PublicBaseUrl.
/// </summary>
internal sealed class ChannelMessageComposer(
    NotificationText text, NotificationTypes types, IStringLocalizer<HostText> l, IPublicUrls urls, ILogger<ChannelMessageComposer> logger)
{
    public const string PreferencesPath = "/Notifications/Preferences";

    public ChannelMessage Compose(ChannelDelivery delivery, Notification notification, AppUser recipient)
    {
        var culture = new CultureInfo(recipient.PreferredCulture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN");
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var line = text.Render(notification);
            var module = types.Describe(notification.SourceModule, notification.TextKey).ModuleLabel;
            var link = Absolute(notification.Link);
            var subject = l["Channels_Subject", module, line.Length > 80 ? line[..80] + "…" : line].Value;
            var body = line + "\n\n"
                + (link is null ? string.Empty : l["Channels_Body_Open", link].Value + "\n")
                + l["Channels_Body_Footer", Absolute(PreferencesPath) ?? PreferencesPath].Value;
            return new ChannelMessage(delivery.IdempotencyKey, notification.Id, delivery.Channel, notification.SourceModule,
                notification.TextKey, culture.Name, subject, body, link, recipient.UserName ?? string.Empty, recipient.DisplayName,
                recipient.Email, recipient.PhoneNumber, recipient.TeamId);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    private string? Absolute(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        try
        {
            return urls.Absolute(path).ToString();
        }
        catch (InvalidOperationException ex)
        {
            // No PublicBaseUrl: the message still goes out, with the path only (the admin page shows the warning in the log).
            logger.LogWarning(ex, "PublicBaseUrl is not configured; channel messages carry relative links");
            return path;
        }
    }
}
