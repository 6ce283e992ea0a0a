using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Commissions;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Commissions;

/// <summary>Commission statements the reader may see, by month; Finance generates a month's drafts here.</summary>
public sealed class IndexModel : PageModel
{
    private readonly CommissionQueries _queries;
    private readonly CommissionCommands _commands;
    private readonly CommissionAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal IndexModel(
        CommissionQueries queries, CommissionCommands commands, CommissionAccess access, BusinessClock clock,
        IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    internal IReadOnlyList<CommissionStatementRow> Rows { get; private set; } = [];

    public bool CanGenerate => _access.CanGenerate;

    /// <summary>What the generate form proposes: last month (the one to close).</summary>
    public string LastMonth => CommissionMonth.Format(_clock.Today.PlusMonths(-1));

    public async Task OnGetAsync(CancellationToken ct) => Rows = await _queries.ListAsync(CommissionMonth.Parse(Month), ct);

    /// <summary>The statements listed, as Excel opens them (the kernel's CSV: UTF-8 with BOM, formulas neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        string[] header =
            [_l["Commission_Month"], _l["Commission_Person"], _l["Commission_Status"], _l["Commission_Collected"], _l["Commission_Total"]];
        var rows = Rows.Select(r => (IReadOnlyList<object?>)
            [CommissionMonth.Format(r.PeriodStart), r.Person, _l["CommissionStatus_" + r.Status].Value, r.Collected, r.Total]);
        return SharedKernel.Web.CsvDownload.Csv(this, "commissions", _clock.Today, header, rows);
    }

    public async Task<IActionResult> OnPostGenerateAsync(CancellationToken ct)
    {
        if (!CanGenerate)
        {
            return Forbid();
        }
        if (CommissionMonth.Parse(Month) is not { } month)
        {
            return this.Refused(_l["Commission_Error_Month"]);
        }
        try
        {
            var generated = await _commands.GenerateAsync(month, ct);
            var text = CommissionMonth.Format(generated.Month);
            return this.Done(_l["Commission_Generated", text, generated.Built, generated.Approved], routeValues: new { month = text });
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }
}
