namespace SalesSuite.SharedKernel.Pdf;

/// <summary>A section heading.</summary>
public sealed record PdfHeading(string Text) : PdfBlock;
