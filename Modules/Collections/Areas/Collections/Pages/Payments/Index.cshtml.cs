using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Areas.Collections.Pages.Payments;

/// <summary>Payments the reader may see, filtered (customer, paid date range, status, with credit) with totals; CSV export.</summary>
public sealed class IndexModel : PageModel
{
    private readonly PaymentQueries _queries;
    private readonly CollectionsAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal IndexModel(PaymentQueries queries, CollectionsAccess access, BusinessClock clock, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public PaymentFilter Filter { get; set; } = new();

    internal PaymentList List { get; private set; } = new([], 0, []);
    internal IReadOnlyList<CustomerOption> Customers { get; private set; } = [];
    internal bool IsFinance => _access.IsFinance;

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await _queries.ListAsync(Filter, ct);
        Customers = await _queries.PayingCustomersAsync(ct);
    }

    /// <summary>The filtered list as CSV (UTF-8 with BOM, formula-safe), every row the filter finds.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await _queries.ExportAsync(Filter, ct);
        string[] header =
        [
            _l["Payment_Field_Reference"], _l["Payment_Field_PaidOn"], _l["Payment_Field_Customer"], _l["Payment_Field_CustomerCode"],
            _l["Payment_Field_Payer"], _l["Payment_Field_Amount"], _l["Payment_Field_Currency"], _l["Payment_Field_Allocated"],
            _l["Payment_Field_Unallocated"], _l["Payment_Field_Status"], _l["Payment_Field_Source"], _l["Payment_Field_ReversalReason"],
        ];
        var bytes = CsvExport.Write(header, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.BankReference, r.PaidOn.ToString("yyyy-MM-dd", null), r.CustomerName, r.CustomerCode, r.Payer, r.Amount, r.Currency,
            r.Allocated, r.Unallocated, _l["PaymentStatus_" + r.Status].Value, _l["PaymentSource_" + r.Source].Value, r.ReversalReason,
        ]));
        return File(bytes, "text/csv; charset=utf-8", $"payments-{_clock.Today.ToString("yyyy-MM-dd", null)}.csv");
    }
}
