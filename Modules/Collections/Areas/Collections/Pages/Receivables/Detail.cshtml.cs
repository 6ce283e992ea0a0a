using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Milestones;
using SalesSuite.Collections.Areas.Collections.Pages.Shared;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Receivables;

/// <summary>
/// One milestone: amounts, status, due date, allocations, escalations and the report trail; the owner (or their manager)
/// reports "customer says it is paid", Finance rejects the report or confirms the milestone with the bank receipt.
/// </summary>
/// <remarks>Receipt uploads: the file limit plus a little for the other fields; every other form keeps the host's small default.</remarks>
[RequestSizeLimit(Receipt.MaxBytes + (256 * 1024))]
public sealed class DetailModel : PageModel
{
    public const string ReportForm = "report";
    public const string RejectForm = "reject";
    public const string ConfirmForm = "confirm";

    private readonly MilestoneQueries _queries;
    private readonly MilestoneCommands _commands;
    private readonly CollectionsAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal DetailModel(
        MilestoneQueries queries, MilestoneCommands commands, CollectionsAccess access, BusinessClock clock, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    internal MilestoneDetail Detail { get; private set; } = null!;
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public string? Stale { get; private set; }
    public string? PostedForm { get; private set; }

    internal Receivable R => Detail.Receivable;

    /// <summary>The owner or a manager who sees it, while it is not paid and no report is waiting.</summary>
    public bool CanReport => !R.IsPaid && R.Status != ReceivableStatus.Reported && (R.OwnerId == _access.UserId || _access.Records.IsManager);
    public bool CanReject => _access.IsFinance && R.Status == ReceivableStatus.Reported;
    public bool CanConfirm => _access.IsFinance && R.AwaitsConfirmation;
    public bool CanRecordPayment => _access.IsFinance && R.Outstanding > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostReportAsync(int version, string? note, IFormFile? receipt, CancellationToken ct) =>
        RunAsync(ReportForm, () => _commands.ReportPaidAsync(Id, version, note, Upload(receipt), ct), "Milestone_Reported", ct);

    public Task<IActionResult> OnPostRejectAsync(int version, string? reason, CancellationToken ct) =>
        RunAsync(RejectForm, () => _commands.RejectReportAsync(Id, version, reason, ct), "Milestone_Rejected", ct);

    public Task<IActionResult> OnPostConfirmAsync(int version, IFormFile? receipt, CancellationToken ct) =>
        RunAsync(ConfirmForm, () => _commands.ConfirmAsync(Id, version, Upload(receipt), ct), "Milestone_Confirmed", ct);

    /// <summary>A field of <paramref name="form"/> as it was posted, when that form was refused; else empty.</summary>
    public string Posted(string form, string field) =>
        PostedForm == form && Request.HasFormContentType ? Request.Form[field].ToString() : string.Empty;

    internal HistoryView History => new(Detail.History, Names, _clock);

    internal string Name(Guid? id) => id is { } v && Names.TryGetValue(v, out var name) ? name : "—";

    internal string Format(Instant at) => _clock.Format(at);

    private static ReceiptUpload? Upload(IFormFile? file) =>
        file is { Length: > 0 } f ? new ReceiptUpload(f.FileName, f.Length, f.OpenReadStream()) : null;

    private async Task<IActionResult> RunAsync(string form, Func<Task> command, string doneKey, CancellationToken ct)
    {
        try
        {
            await command();
            TempData.Flash(_l[doneKey], "success");
            return RedirectToPage(new { id = Id });
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (StaleEditException stale)
        {
            Stale = _l.Text(stale);
            Response.StatusCode = stale.StatusCode;
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(form, _l.Text(refusal));
            Response.StatusCode = refusal.StatusCode;
        }
        PostedForm = form;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await _queries.DetailAsync(Id, ct) is not { } detail)
        {
            return false;
        }
        Detail = detail;
        Names = await _access.Records.NamesAsync(ct);
        return true;
    }
}
