using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Application.Escalation;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Specification;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>The quotes I may see (own / team / all, or with a step for my role), and the steps waiting for my decision.</summary>
public sealed class IndexModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;
    private readonly BusinessClock _clock;
    private readonly EscalationQueries _escalations;

    internal IndexModel(QuotesDbContext db, RecordAccess access, BusinessClock clock, EscalationQueries escalations)
    {
        _escalations = escalations;
        _db = db;
        _access = access;
        _clock = clock;
    }

    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    internal List<Quote> Mine { get; private set; } = [];
    internal List<(Quote Quote, ApprovalStep Step)> Awaiting { get; private set; } = [];
    internal IReadOnlyList<EscalationTodo> Escalations { get; private set; } = [];
    internal Instant Now => _clock.Now;
    internal bool CanCreate => _access.IsInRole(Roles.Salesperson);

    internal string Name(Guid? id) => Names.NameOf(id);

    /// <summary>The quotes I may see as Excel opens them (the kernel's CSV: UTF-8 with BOM, formulas neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync([FromServices] IStringLocalizer<QuotesModule> l, CancellationToken ct)
    {
        await OnGetAsync(ct);
        string[] header =
        [
            l["Quote_Number"], l["Quote_Customer"], l["Quote_Title"], l["Quote_Status"], l["Quote_Version"], l["Quote_ValidUntil"],
            l["Quote_Owner"], l["Totals_Net"],
        ];
        var rows = Mine.Select(q => (IReadOnlyList<object?>)
        [
            q.Number, q.CustomerName, q.Title, l[ResourceKeys.Status(q.Status)].Value, q.CurrentVersionLabel,
            q.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Name(q.OwnerId), q.Totals.Net,
        ]);
        return this.Csv("quotes", _clock.Today, header, rows);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Names = await _access.NamesAsync(ct);
        var roles = _access.RolesOf();
        var visible = new QuotesVisibleToSpec(await _access.VisibilityAsync(ct), roles);
        Mine = await _db.Quotes.AsNoTracking().WithSpecification(visible).ToListAsync(ct);
        var me = _access.UserId;
        var waiting = await _db.ApprovalSteps.AsNoTracking().WithSpecification(new ActiveStepsForRolesSpec(roles))
            .Join(_db.Quotes.AsNoTracking().Where(q => q.OwnerId != me), s => s.QuoteId, q => q.Id, (s, q) => new { s, q })
            .OrderBy(x => x.s.ActivatedAt)
            .ToListAsync(ct);
        Awaiting = waiting.Select(x => (x.q, x.s)).ToList();
        Escalations = await _escalations.MineAsync(ct);
    }
}
