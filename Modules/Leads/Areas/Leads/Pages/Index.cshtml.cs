using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Leads.Application;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Areas.Leads.Pages;

/// <summary>Landing: the signed-in person's own counts, each linking to the list behind it.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LandingQueries _queries;
    private readonly RecordAccess _access;

    internal IndexModel(LandingQueries queries, RecordAccess access)
    {
        _queries = queries;
        _access = access;
    }

    public int MyLeads { get; private set; }
    public int MyDeals { get; private set; }
    public int OverdueActions { get; private set; }
    public int PoolSize { get; private set; }
    public bool IsManager => _access.IsManager;
    public bool CanConfigure => _access.CanConfigure();

    public async Task OnGetAsync(CancellationToken ct) =>
        (MyLeads, MyDeals, OverdueActions, PoolSize) = await _queries.CountsAsync(ct);
}
