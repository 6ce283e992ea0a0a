using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Collections.Application.Receivables;

namespace SalesSuite.Collections.Areas.Collections.Pages.Receivables;

/// <summary>Binds, calls, renders: the commands and queries do the work.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ReceivableQueries _queries;

    internal IndexModel(ReceivableQueries queries) => _queries = queries;

    internal IReadOnlyList<ReceivableRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await _queries.ListAsync(ct);
}
