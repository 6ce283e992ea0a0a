namespace SalesSuite.SharedKernel.Pdf;

/// <summary>
/// A QR code drawn as vector squares (sharp at any zoom; PDFsharp 6.2's core build imports no PNG), from its module
/// matrix (rows of dark = true, quiet zone included), <paramref name="Size"/> points wide, with an optional caption.
/// </summary>
public sealed record PdfQrCode(IReadOnlyList<IReadOnlyList<bool>> Modules, double Size, string? Caption) : PdfBlock;
