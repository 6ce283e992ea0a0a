using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Goals.Application.Plans;

namespace SalesSuite.Goals.Areas.Goals.Pages.Plans;

/// <summary>The signed-in person's to-do list for today: done items struck through with their evidence, how-to and follow-up links.</summary>
public sealed class TodayModel : PageModel
{
    private readonly PlanQueries _queries;

    internal TodayModel(PlanQueries queries) => _queries = queries;

    internal TodayView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await _queries.TodayAsync(ct);
}
