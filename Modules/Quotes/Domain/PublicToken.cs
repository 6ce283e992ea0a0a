using System.Security.Cryptography;

namespace SalesSuite.Quotes.Domain;

/// <summary>32 random bytes, base64url: the customer's link cannot be guessed from the quote number.</summary>
internal static class PublicToken
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
