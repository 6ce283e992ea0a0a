using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Payments;

/// <summary>
/// One payment: its allocations (with each milestone's status now), receipt, and Finance's actions: reverse with a
/// reason, apply the customer's credit, attach a receipt recorded later. Anyone else sees it only through their milestones.
/// </summary>
/// <remarks>Attaching a receipt uploads a file: the request limit is the receipt's plus a little.</remarks>
[RequestSizeLimit(Domain.Receipt.MaxBytes + (256 * 1024))]
public sealed class DetailModel : PageModel
{
    private readonly PaymentQueries _queries;
    private readonly PaymentCommands _commands;
    private readonly CollectionsAccess _access;
    private readonly IStringLocalizer<CollectionsModule> _l;
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    internal DetailModel(
        PaymentQueries queries, PaymentCommands commands, CollectionsAccess access, BusinessClock clock, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        Clock = clock;
        _l = l;
    }

    internal BusinessClock Clock { get; }
    internal PaymentDetail Detail { get; private set; } = null!;
    internal bool IsFinance => _access.IsFinance;

    /// <summary>The reason as typed (kept when the reversal is refused).</summary>
    public string? Reason { get; private set; }

    internal string Name(Guid? id) => id is { } v && _names.TryGetValue(v, out var n) ? n : "—";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The bank receipt as a download (same visibility as the payment).</summary>
    public async Task<IActionResult> OnGetReceiptAsync(Guid id, CancellationToken ct) =>
        await _queries.ReceiptAsync(id, ct) is { } receipt ? File(receipt.Content, receipt.ContentType, receipt.FileName) : NotFound();

    public async Task<IActionResult> OnPostReverseAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        Reason = reason;
        return await RunAsync(id, () => _commands.ReverseAsync(id, version, reason, ct), "Payment_ReversedDone", "reason", ct);
    }

    public async Task<IActionResult> OnPostApplyCreditAsync(Guid id, CancellationToken ct)
    {
        var applied = 0m;
        var result = await RunAsync(id, async () => applied = await _commands.ApplyCreditAsync(Detail.Customer.Id, ct), null, string.Empty, ct);
        if (result is not RedirectToPageResult)
        {
            return result;
        }
        var text = applied > 0 ? _l["Payment_CreditApplied", applied.ToString("N2")] : _l["Payment_NoCreditApplied"];
        TempData.Flash(text, applied > 0 ? "success" : "info");
        return result;
    }

    public async Task<IActionResult> OnPostAttachReceiptAsync(Guid id, int version, IFormFile? receipt, CancellationToken ct)
    {
        if (receipt is not { Length: > 0 })
        {
            return await LoadAsync(id, ct) ? Invalid("receipt", _l["Receipt_Error_Empty"]) : NotFound();
        }
        var upload = new ReceiptUpload(receipt.FileName, receipt.Length, receipt.OpenReadStream());
        return await RunAsync(id, () => _commands.AttachReceiptAsync(id, version, upload, ct), "Payment_ReceiptAttached", "receipt", ct);
    }

    /// <summary>Runs a Finance action on a payment the reader may see: 404 otherwise, 403 for other roles, the refusal next to its field.</summary>
    private async Task<IActionResult> RunAsync(Guid id, Func<Task> command, string? successKey, string field, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        try
        {
            await command();
            if (successKey is null)
            {
                return RedirectToPage(new { id });
            }
            return this.Done(_l[successKey], routeValues: new { id });
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (StaleEditException stale) when (!Request.IsHtmx())
        {
            TempData.Flash(_l.Text(stale), "warning");
            return RedirectToPage(new { id });
        }
        catch (DomainException refusal)
        {
            await LoadAsync(id, ct);
            return Invalid(field, _l.Text(refusal));
        }
    }

    private PageResult Invalid(string field, string message)
    {
        ModelState.AddModelError(field, message);
        var page = Page();
        page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.DetailAsync(id, ct) is not { } detail)
        {
            return false;
        }
        Detail = detail;
        _names = await _access.Records.NamesAsync(ct);
        return true;
    }
}
