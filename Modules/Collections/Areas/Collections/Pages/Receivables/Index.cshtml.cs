using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Reports;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Areas.Collections.Pages.Receivables;

/// <summary>
/// The receivables board: filters in the query string (bookmarkable), totals per age bucket, a page of rows by due
/// date. htmx swaps only the board and pushes the URL; without JavaScript the same form and links load the page.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ReceivableBoardQueries _queries;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal IndexModel(ReceivableBoardQueries queries, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public BoardFilter Filter { get; set; } = new();

    internal ReceivableBoard Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Board = await _queries.BoardAsync(Filter, ct);
        Response.Headers.Vary = "HX-Request";
        return Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest() ? Partial("_Board", this) : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (rows, scope, reasons) = await _queries.ExportAsync(Filter, ct);
        var people = scope.People;
        return this.Csv("receivables", scope.Today, _l, Header, rows.Take(ReceivableBoardQueries.MaxExportRows).Select(r => (IReadOnlyList<object?>)
        [
            r.ContractNumber, r.CustomerCode, r.CustomerName, r.Title, people.Name(r.OwnerId), people.TeamOf(r.OwnerId)?.Name,
            ReportLinks.Date(r.DueDate), r.DaysOverdue(scope.Today), BucketText(r, scope.Today),
            r.Amount, r.PaidAmount, r.Outstanding, r.Currency, StatusText(r),
            r.ReasonId is { } id && reasons.TryGetValue(id, out var reason) ? reason : null, r.ReasonText,
        ]), rows.Count > ReceivableBoardQueries.MaxExportRows);
    }

    internal static IReadOnlyList<string> Header { get; } =
    [
        "Board_Col_Contract", "Board_Col_CustomerCode", "Board_Col_Customer", "Board_Col_Milestone", "Board_Col_Owner", "Board_Col_Team",
        "Board_Col_Due", "Board_Col_DaysOverdue", "Board_Col_Bucket", "Board_Col_Amount", "Board_Col_Paid", "Board_Col_Outstanding",
        "Board_Col_Currency", "Board_Col_Status", "Board_Col_Reason", "Board_Col_ReasonText",
    ];

    internal string StatusText(BoardRow row) =>
        row.IsPartlyPaid ? _l["BoardStatus_PartlyPaid"] : _l["ReceivableStatus_" + row.Status];

    internal string? BucketText(BoardRow row, NodaTime.LocalDate today) =>
        row.Status == ReceivableStatus.Paid ? null : _l["AgeBucket_" + AgeBuckets.Of(row.DaysOverdue(today))].Value;

    internal string ReasonName(Guid? id) => id is { } r && Board.Reasons.TryGetValue(r, out var name) ? name : string.Empty;

    /// <summary>This board with some filters changed (back to page 1 unless the page is what changes).</summary>
    internal string With(Func<BoardFilter, BoardFilter> change) => Url.Board(change(Filter with { PageNo = 1 }));
}
