using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Collections.Application.Commissions;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Commissions;

/// <summary>One statement: its lines (each linked to its payment and milestone), the tier breakdown, approval, CSV.</summary>
public sealed class DetailModel : PageModel
{
    private readonly CommissionQueries _queries;
    private readonly CommissionCommands _commands;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal DetailModel(CommissionQueries queries, CommissionCommands commands, BusinessClock clock, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _clock = clock;
        _l = l;
    }

    internal CommissionStatementView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.DetailAsync(id, ct) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.DetailAsync(id, ct) is not { } view)
        {
            return NotFound();
        }
        return File(CommissionCsv.Write(view, _l), "text/csv; charset=utf-8", CommissionCsv.FileName(view));
    }

    /// <summary>The statement as a PDF to sign off and file (same readers as the page).</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.DetailAsync(id, ct) is not { } view)
        {
            return NotFound();
        }
        return this.Pdf(CommissionPdf.Name(view), CommissionPdf.Build(view, _l, _clock));
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, int version, CancellationToken ct)
    {
        try
        {
            await _commands.ApproveAsync(id, version, ct);
            return this.Done(_l["Commission_Approved"], routeValues: new { id });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, new { id });
        }
    }

    public string Format(Instant at) => _clock.Format(at);
}
