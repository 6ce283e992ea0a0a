namespace SalesSuite.Leads.Domain;

/// <summary>
/// What an upload really is, read from its first bytes (never the browser's Content-Type): each allowed extension has
/// its signature (%PDF, PNG, JPEG FF D8 FF, Office Open XML = zip "PK\x03\x04"). The served type comes from here too.
/// </summary>
internal static class FileSignatures
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The content type of <paramref name="content"/> when it matches the signature of its extension; else null.</summary>
    public static string? Detect(string fileName, ReadOnlySpan<byte> content) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" when content.StartsWith(Pdf) => "application/pdf",
            ".png" when content.StartsWith(Png) => "image/png",
            ".jpg" or ".jpeg" when content.StartsWith(Jpeg) => "image/jpeg",
            ".docx" when content.StartsWith(Zip) => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx" when content.StartsWith(Zip) => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => null,
        };
}
