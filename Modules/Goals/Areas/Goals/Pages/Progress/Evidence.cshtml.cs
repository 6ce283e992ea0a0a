using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Goals.Application;
using SalesSuite.Goals.Application.Progress;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Areas.Goals.Pages.Progress;

/// <summary>The evidence records behind a number (a person × action type, a total, or with a metric the result facts), 50 a page.</summary>
public sealed class EvidenceModel : PageModel
{
    private readonly EvidenceQueries _queries;
    private readonly GoalsDbContext _db;
    private readonly GoalsAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal EvidenceModel(EvidenceQueries queries, GoalsDbContext db, GoalsAccess access, BusinessClock clock, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _db = db;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ActionTypeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TeamId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Metric { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal EvidenceQuery Query { get; private set; } = null!;
    internal EvidencePage Result { get; private set; } = null!;
    internal IReadOnlyDictionary<Guid, string> TypeNames { get; private set; } = new Dictionary<Guid, string>();
    internal IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();
    internal string? PersonName => UserId is { } id ? People.GetValueOrDefault(id) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TryQuery(out var query))
        {
            return NotFound();
        }
        Query = query;
        try
        {
            Result = await _queries.PageAsync(query, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        await NamesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!TryQuery(out var query))
        {
            return NotFound();
        }
        IReadOnlyList<EvidenceRow> rows;
        bool truncated;
        try
        {
            (rows, truncated) = await _queries.AllAsync(query, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        await NamesAsync(ct);
        string[] header = [_l["Progress_Col_When"], _l["Progress_Col_Person"], _l["Progress_Col_ActionType"], _l["Progress_Col_Event"],
            _l["Progress_Col_Customer"], _l["Progress_Col_Summary"], _l["Progress_Col_Amount"], _l["Progress_Col_Link"]];
        return ProgressPage.Csv(this, "goals-evidence", _clock.Today, _l, header, rows.Select(r => (IReadOnlyList<object?>)
            [When(r.OccurredAt), Person(r.UserId), TypeName(r.ActionTypeId), EventName(r.EventType), r.CustomerName, r.Summary, r.Amount, r.Link]),
            truncated);
    }

    internal string When(Instant at) => _clock.Format(at);

    internal string Person(Guid? id) => id is { } v ? People.GetValueOrDefault(v) ?? "" : "";

    internal string TypeName(Guid? id) => id is { } v ? TypeNames.GetValueOrDefault(v) ?? "" : "";

    internal string EventName(string eventType) =>
        _l["Progress_Event_" + eventType] is { ResourceNotFound: false } s ? s.Value : eventType;

    /// <summary>Same filter with another page number (pager links).</summary>
    internal object Route(int page) => new
    {
        userId = UserId, actionTypeId = ActionTypeId, teamId = TeamId, metric = Query.Metric?.ToString(),
        from = ProgressPage.Date(Query.From), to = ProgressPage.Date(Query.To), p = page,
    };

    private bool TryQuery(out EvidenceQuery query)
    {
        var quarter = GoalPeriod.Of(PeriodKind.Quarter, _clock.Today);
        var from = From is { } f ? LocalDate.FromDateOnly(f) : quarter.Start;
        var to = To is { } t ? LocalDate.FromDateOnly(t) : quarter.End;
        ResultMetric? metric = null;
        if (!string.IsNullOrEmpty(Metric))
        {
            if (!Enum.TryParse<ResultMetric>(Metric, ignoreCase: true, out var m) || !Enum.IsDefined(m))
            {
                query = null!;
                return false;
            }
            metric = m;
        }
        query = new EvidenceQuery(UserId, metric is null ? ActionTypeId : null, metric, from <= to ? from : to, from <= to ? to : from,
            TeamId, Math.Max(1, PageNumber));
        return true;
    }

    private async Task NamesAsync(CancellationToken ct)
    {
        People = await _access.Records.NamesAsync(ct);
        var chinese = ProgressPage.Chinese;
        TypeNames = await _db.ActionTypes.AsNoTracking()
            .ToDictionaryAsync(t => t.Id, t => chinese ? t.NameZh : t.NameEn, ct);
    }
}
