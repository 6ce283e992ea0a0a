using QRCoder;

namespace SalesSuite.Quotes.Web;

/// <summary>QR codes of the customer's link (PNG for print and the staff page, SVG for crisp scaling).</summary>
internal static class QrCodes
{
    public static byte[] Png(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(8);
    }

    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(6);
    }
}
