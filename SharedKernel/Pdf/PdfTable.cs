namespace SalesSuite.SharedKernel.Pdf;

/// <summary>
/// A table whose cells wrap; when a row does not fit on the page it moves to the next page under a repeated header.
/// Summary rows (totals) are printed bold after the body.
/// </summary>
public sealed record PdfTable(IReadOnlyList<PdfColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<IReadOnlyList<string>> SummaryRows) : PdfBlock;
