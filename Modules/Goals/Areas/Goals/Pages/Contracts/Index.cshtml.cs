using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Goals.Application;
using SalesSuite.Goals.Application.Contracts;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Areas.Goals.Pages.Contracts;

/// <summary>A person's action contract for a period: each line owed / done from evidence, its source and how-to (404 outside one's line).</summary>
public sealed class IndexModel : PageModel
{
    private readonly ContractQueries _queries;
    private readonly GoalsAccess _access;
    private readonly BusinessClock _business;

    internal IndexModel(ContractQueries queries, GoalsAccess access, BusinessClock business)
    {
        _queries = queries;
        _access = access;
        _business = business;
    }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    internal ContractView View { get; private set; } = null!;

    internal bool CanEdit { get; private set; }

    internal bool IsManager => _access.IsManager;

    internal string When(NodaTime.Instant instant) => _business.Format(instant);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => this.GuardAsync(async () =>
    {
        var userId = UserId ?? _access.UserId;
        View = await _queries.ContractAsync(userId, ContractPeriod.Of(Period, _business.Today), ct);
        CanEdit = userId == _access.UserId || _access.IsManager;
        return Page();
    });
}
