using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Collections.Application.Reports;

namespace SalesSuite.Collections.Areas.Collections.Pages.Reports;

/// <summary>DSO and collection rate per team or person over a period (default the last 90 days); the definitions are on the page.</summary>
public sealed class PerformanceModel : PageModel
{
    private readonly PerformanceQueries _queries;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal PerformanceModel(PerformanceQueries queries, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ReportGrouping By { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    internal PerformanceReport Report { get; private set; } = null!;

    internal string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Report = await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Report = await LoadAsync(ct);
        var days = Report.Days;
        var rows = Report.Lines.Append(Report.Total).Select(l => (IReadOnlyList<object?>)
        [
            Label(l.Who), l.OverdueAtStart, l.Billed, l.PaidAhead, l.Collectable, l.Collected,
            l.CollectionRate is { } r ? Math.Round(r * 100, 1) : null, l.ReceivableAtEnd, l.Dso(days) is { } d ? Math.Round(d, 1) : null,
        ]);
        return this.Csv($"performance-{ReportLinks.Date(Report.From)}-{ReportLinks.Date(Report.To)}", Report.Scope.Today, _l,
            [By == ReportGrouping.Team ? "Reports_Col_Team" : "Reports_Col_Person", "Performance_OverdueAtStart", "Performance_Billed",
                "Performance_PaidAhead", "Performance_Collectable", "Performance_Collected", "Performance_RatePercent",
                "Performance_ReceivableAtEnd", "Performance_Dso"],
            rows);
    }

    internal string Label(ReportLine who) => who.Owner is null && who.Team is null ? _l["Reports_Total"] : who.Label ?? _l["Reports_NoTeam"];

    internal string BilledLink(ReportLine who) =>
        Url.Board(who.Filter() with { Status = BoardStatus.All, DueFrom = Report.From.ToDateOnly(), DueTo = Report.To.ToDateOnly() });

    internal string OverdueAtStartLink(ReportLine who) =>
        Url.Board(who.Filter() with { Status = BoardStatus.All, DueTo = Report.From.PlusDays(-1).ToDateOnly() });

    internal string ReceivableAtEndLink(ReportLine who) => Url.Board(who.Filter() with { DueTo = Report.To.ToDateOnly() });

    internal string CollectedLink(ReportLine who) => Url.Received(new ReceivedFilter
    {
        Owner = who.Owner, Team = who.Team, PaidFrom = Report.From.ToDateOnly(), PaidTo = Report.To.ToDateOnly(), DueTo = Report.To.ToDateOnly(),
    });

    /// <summary>The period asked for, or the last 90 days when none or an impossible one was asked for (with a message).</summary>
    private async Task<PerformanceReport> LoadAsync(CancellationToken ct)
    {
        var today = (await _queries.ScopeAsync(ct)).Today;
        var to = To is { } t ? LocalDate.FromDateOnly(t) : today;
        var from = From is { } f ? LocalDate.FromDateOnly(f) : to.PlusDays(-(PerformanceQueries.DefaultDays - 1));
        if (from > to || Period.Between(from, to, PeriodUnits.Days).Days >= PerformanceQueries.MaxDays)
        {
            Problem = _l["Performance_Error_Period", PerformanceQueries.MaxDays];
            (from, to) = (today.PlusDays(-(PerformanceQueries.DefaultDays - 1)), today);
        }
        (From, To) = (from.ToDateOnly(), to.ToDateOnly());
        return await _queries.PerformanceAsync(By, from, to, ct);
    }
}
