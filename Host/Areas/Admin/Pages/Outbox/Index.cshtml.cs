using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Areas.Admin.Outbox;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Areas.Admin.Pages.Outbox;

/// <summary>Per database: pending / processed / dead-lettered events; dead letters can be requeued.</summary>
public sealed class IndexModel : AdminPageModel
{
    private readonly OutboxMonitor _monitor;
    private readonly IStringLocalizer<HostText> _l;

    internal IndexModel(OutboxMonitor monitor, IStringLocalizer<HostText> l)
    {
        _monitor = monitor;
        _l = l;
    }

    public IReadOnlyList<OutboxStatus> Statuses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Statuses = await _monitor.ReadAsync(cancellationToken);
        return Request.IsHtmx() ? Partial("_Outboxes", this) : Page();
    }

    public async Task<IActionResult> OnPostRequeueAsync(string context, Guid id, CancellationToken cancellationToken)
    {
        if (!await _monitor.RequeueAsync(context, id, cancellationToken))
        {
            return NotFound();
        }
        if (Request.IsHtmx())
        {
            Statuses = await _monitor.ReadAsync(cancellationToken);
            return Partial("_Outboxes", this);
        }
        TempData.Flash(_l["Admin_Outbox_Requeued"]);
        return RedirectToPage();
    }
}
