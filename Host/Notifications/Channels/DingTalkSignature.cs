using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// DingTalk's "加签" robot security: sign = urlencode(base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret))),
/// sent as <c>&amp;timestamp=..&amp;sign=..</c> on the webhook URL; the timestamp is Unix milliseconds.
/// </summary>
public static class DingTalkSignature
{
    public static string Base64(long timestampMs, string secret)
    {
        var toSign = timestampMs.ToString(CultureInfo.InvariantCulture) + "\n" + secret;
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(toSign)));
    }

    public static string SignedUrl(string webhookUrl, long timestampMs, string secret)
    {
        var separator = webhookUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var sign = Uri.EscapeDataString(Base64(timestampMs, secret));
        return $"{webhookUrl}{separator}timestamp={timestampMs.ToString(CultureInfo.InvariantCulture)}&sign={sign}";
    }
}
