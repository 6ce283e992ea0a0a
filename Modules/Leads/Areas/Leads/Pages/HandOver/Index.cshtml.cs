using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.HandOver;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.HandOver;

/// <summary>
/// Managers hand one person's customers, open deals, open actions and leads to another in one operation, then see what
/// is left (should be 0).
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly HandOverQueries _queries;
    private readonly HandOverCommands _commands;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(
        HandOverQueries queries, HandOverCommands commands, RecordAccess access, BusinessClock clock, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _clock = clock;
        _l = l;
    }

    public IReadOnlyList<OrgUser> People { get; private set; } = [];
    public IReadOnlyList<OrgUser> Givers { get; private set; } = [];
    internal HandOverReport? Report { get; private set; }
    public int Remaining { get; private set; }
    public IReadOnlyList<string> History { get; private set; } = [];

    /// <summary>The form, and after a hand-over (PRG: <paramref name="report"/>) its report with the "still owned" check.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? report, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        if (report is { } id && await _queries.ReportAsync(id, ct) is { } found)
        {
            Report = found;
            Remaining = await _queries.RemainingAsync(found.FromUserId, ct);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid fromUserId, Guid toUserId, CancellationToken ct)
    {
        try
        {
            var report = await _commands.HandOverAsync(fromUserId, toUserId, ct);
            return RedirectToPage(new { report = report.Id });
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        People = await _access.AssignableAsync(ct);
        Givers = await _queries.GiversAsync(ct);
        var names = await _access.NamesAsync(ct);
        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : "—";
        History = (await _queries.RecentAsync(20, ct))
            .Select(h => _l["HandOver_HistoryLine", _clock.Format(h.At), Name(h.FromUserId), Name(h.ToUserId), h.Customers, h.Deals,
                h.Actions, h.Leads].Value)
            .ToList();
    }
}
