using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Domain;

/// <summary>The customer's drawn signature: a PNG data URL of bounded size whose bytes really are a PNG.</summary>
internal static class SignatureImage
{
    public const string Prefix = "data:image/png;base64,";
    public const int MaxLength = 200_000;

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Null or empty means no signature; anything else must be a real PNG, or it is refused (never dropped).</summary>
    public static string? Checked(string? dataUrl)
    {
        if (string.IsNullOrEmpty(dataUrl))
        {
            return null;
        }
        DomainException.ThrowIf(dataUrl.Length > MaxLength, "Public_Error_SignatureTooBig", MaxLength / 1000);
        DomainException.ThrowIf(!IsPng(dataUrl), "Public_Error_SignatureNotPng");
        return dataUrl;
    }

    private static bool IsPng(string dataUrl)
    {
        if (!dataUrl.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var bytes = new byte[(dataUrl.Length - Prefix.Length) * 3 / 4 + 3];
        return Convert.TryFromBase64String(dataUrl[Prefix.Length..], bytes, out var written)
            && written >= PngMagic.Length && bytes.AsSpan(0, PngMagic.Length).SequenceEqual(PngMagic);
    }
}
