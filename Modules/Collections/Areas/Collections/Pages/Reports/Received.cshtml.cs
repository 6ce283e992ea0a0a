using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Reports;

namespace SalesSuite.Collections.Areas.Collections.Pages.Reports;

/// <summary>Money received (allocations by payment date): the records behind the forecast's and the performance report's numbers.</summary>
public sealed class ReceivedModel : PageModel
{
    private readonly ReceivedQueries _queries;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal ReceivedModel(ReceivedQueries queries, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ReceivedFilter Filter { get; set; } = new();

    internal ReceivedList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => List = await _queries.ListAsync(Filter, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (rows, scope) = await _queries.ExportAsync(Filter, ct);
        return this.Csv("received", scope.Today, _l,
            ["Received_Col_PaidOn", "Received_Col_Reference", "Board_Col_Contract", "Board_Col_CustomerCode", "Board_Col_Customer",
                "Board_Col_Milestone", "Board_Col_Owner", "Received_Col_Amount", "Board_Col_Currency"],
            rows.Take(ReceivableBoardQueries.MaxExportRows).Select(r => (IReadOnlyList<object?>)
            [
                ReportLinks.Date(r.PaidOn), r.BankReference, r.ContractNumber, r.CustomerCode, r.CustomerName, r.Title,
                scope.People.Name(r.OwnerId), r.Amount, r.Currency,
            ]),
            rows.Count > ReceivableBoardQueries.MaxExportRows);
    }
}
