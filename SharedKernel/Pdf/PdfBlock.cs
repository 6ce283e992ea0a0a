namespace SalesSuite.SharedKernel.Pdf;

/// <summary>One piece of a <see cref="PdfReport"/>'s body, laid out top to bottom.</summary>
public abstract record PdfBlock;
