namespace SalesSuite.SharedKernel.Pdf;

/// <summary>A wrapped paragraph; line breaks in the text are kept.</summary>
public sealed record PdfParagraph(string Text) : PdfBlock;
