namespace SalesSuite.SharedKernel.Pdf;

/// <summary>A table column: its header, its share of the width (relative to the others) and whether it holds numbers.</summary>
public sealed record PdfColumn(string Header, double Weight = 1, bool Numeric = false);
