using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Corrections;
using SalesSuite.Leads.Application.FollowUps;
using SalesSuite.Leads.Application.Visits;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.FollowUps;

/// <summary>The quick follow-up form (phone first): for a customer, or for a claimed lead (which it qualifies and converts).</summary>
/// <summary>Uploads (the file limit plus a little for the other fields); every other form keeps the host's small default.</summary>
[RequestSizeLimit(Domain.Attachment.MaxBytes + VoiceNoteService.MaxBytes + (256 * 1024))]
public sealed class NewModel : PageModel
{
    private readonly FollowUpQueries _queries;
    private readonly FollowUpCommands _commands;
    private readonly IValidator<FollowUpInput> _validator;
    private readonly IStringLocalizer<LeadsModule> _l;
    private readonly TraceModeQueries _trace;
    private FollowUpFormView _view = new([], [], null);

    internal NewModel(
        FollowUpQueries queries, FollowUpCommands commands, IValidator<FollowUpInput> validator, IStringLocalizer<LeadsModule> l,
        TraceModeQueries trace)
    {
        _queries = queries;
        _trace = trace;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public FollowUpInput Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    /// <summary>The voice note recorded in the browser (or chosen), optional.</summary>
    [BindProperty]
    public IFormFile? Voice { get; set; }

    internal IReadOnlyList<Customer> Customers => _view.Customers;
    public IReadOnlyList<string> ObstacleTags => _view.ObstacleTags;
    public string? LeadName => _view.LeadName;
    public TraceModeNotice? TraceMode { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? customerId, Guid? leadId, CancellationToken ct)
    {
        Form.CustomerId = customerId;
        Form.LeadId = leadId;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!ModelState.Validate(_validator, Form, _l, nameof(Form)) || !ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var file = Attachment is { } a ? new FileUpload(a.FileName, a.ContentType, a.Length, a.OpenReadStream()) : null;
            var voice = Voice is { } v ? new FileUpload(v.FileName, v.ContentType, v.Length, v.OpenReadStream()) : null;
            var customerId = await _commands.LogAsync(Form, file, ct, voice);
            TempData.Flash(_l["FollowUp_Saved"], "success");
            return RedirectToPage("/Customers/Detail", new { id = customerId });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            var field = refusal.Key.StartsWith("Attachment_", StringComparison.Ordinal) ? nameof(Attachment)
                : refusal.Key.StartsWith("Voice_", StringComparison.Ordinal) ? nameof(Voice)
                : refusal.Key == "Visit_PositionInvalid" ? "Form.Latitude"
                : string.Empty;
            ModelState.AddModelError(field, _l.Text(refusal));
            return Page();
        }
    }

    /// <summary>False when the lead or customer is not the user's to follow up (the handler answers 404).</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await _queries.FormAsync(Form.CustomerId, Form.LeadId, ct);
        _view = view ?? _view;
        TraceMode = await _trace.MineAsync(ct);
        return view is not null;
    }
}
