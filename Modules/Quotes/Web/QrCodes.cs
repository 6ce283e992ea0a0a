using QRCoder;

namespace SalesSuite.Quotes.Web;

/// <summary>QR codes of the customer's link (PNG for print and the staff page, SVG for crisp scaling, modules for the PDF).</summary>
internal static class QrCodes
{
    public static byte[] Png(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(8);
    }

    /// <summary>The code's modules (dark = true, quiet zone included), for vector drawing in a PDF.</summary>
    public static IReadOnlyList<IReadOnlyList<bool>> Modules(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        return [.. data.ModuleMatrix.Select(row => (IReadOnlyList<bool>)[.. row.Cast<bool>()])];
    }

    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(6);
    }
}
