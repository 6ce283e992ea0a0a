namespace SalesSuite.SharedKernel.Pdf;

/// <summary>Label–value pairs in two columns (customer, version, validity …).</summary>
public sealed record PdfKeyValues(IReadOnlyList<KeyValuePair<string, string>> Pairs) : PdfBlock;
