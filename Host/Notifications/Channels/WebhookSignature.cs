using System.Security.Cryptography;
using System.Text;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>The generic webhook's optional signature: header <c>X-SalesSuite-Signature: sha256=&lt;hex HMAC of the body&gt;</c>.</summary>
public static class WebhookSignature
{
    public const string Header = "X-SalesSuite-Signature";

    public static string For(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
