using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Deliveries;

/// <summary>The delivery log: filter by status, channel and person; requeue a failed delivery; CSV export.</summary>
public sealed class IndexModel : AdminPageModel
{
    private readonly DeliveryLogQueries _queries;
    private readonly DeliveryCommands _commands;
    private readonly AdminLookups _lookups;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<HostText> _l;

    internal IndexModel(
        DeliveryLogQueries queries, DeliveryCommands commands, AdminLookups lookups, BusinessClock business, IStringLocalizer<HostText> l)
    {
        _queries = queries;
        _commands = commands;
        _lookups = lookups;
        _business = business;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public DeliveryStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DeliveryChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    public IReadOnlyList<DeliveryRow> Rows { get; private set; } = [];
    public bool Truncated { get; private set; }
    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    private DeliveryFilter Filter => new() { Status = Status, Channel = Channel, UserId = UserId };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        (Rows, Truncated) = await _queries.ListAsync(Filter, ct);
        if (Request.IsHtmx())
        {
            return Partial("_Deliveries", this);
        }
        People = await _lookups.PeopleAsync(null, UserId, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (rows, truncated) = await _queries.ListAsync(Filter, ct);
        string[] header =
        [
            "Channels_Col_Created", "Channels_Col_Person", "Channels_Col_Type", "Channels_Col_Channel", "Channels_Col_Status",
            "Channels_Col_Attempts", "Channels_Col_NextAttempt", "Channels_Col_Sent", "Channels_Col_LastError", "Channels_Col_Key",
        ];
        return this.Csv("deliveries", _business.Today, header.Select(h => _l[h].Value).ToList(),
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.CreatedAt, r.Person, r.Type, _l["Channels_Channel_" + r.Channel].Value, _l["Channels_Status_" + r.Status].Value,
                r.Attempts, r.NextAttemptAt, r.SentAt, r.LastError, r.IdempotencyKey,
            ]),
            truncated ? _l["Channels_Truncated", DeliveryLogQueries.Cap].Value : null);
    }

    public async Task<IActionResult> OnPostRequeueAsync(Guid id, int version, CancellationToken ct)
    {
        try
        {
            await _commands.RequeueAsync(id, version, ct);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, RouteValues);
        }
        if (Request.IsHtmx())
        {
            (Rows, Truncated) = await _queries.ListAsync(Filter, ct);
            return Partial("_Deliveries", this);
        }
        return this.Done(_l["Channels_Requeued"], routeValues: RouteValues);
    }

    private object RouteValues => new { status = Status, channel = Channel, userId = UserId };
}
