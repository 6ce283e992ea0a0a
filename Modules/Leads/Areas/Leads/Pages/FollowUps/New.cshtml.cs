using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.FollowUps;

/// <summary>The quick follow-up form (phone first): for a customer, or for a claimed lead (which it qualifies and converts).</summary>
public sealed class NewModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly FollowUpService _followUps;
    private readonly BusinessClock _clock;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal NewModel(LeadsDbContext db, LeadsAccess access, FollowUpService followUps, BusinessClock clock, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _followUps = followUps;
        _clock = clock;
        _operation = operation;
        _l = l;
    }

    [BindProperty]
    public FollowUpForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    internal IReadOnlyList<Customer> Customers { get; private set; } = [];
    public IReadOnlyList<string> ObstacleTags { get; private set; } = [];
    public string? LeadName { get; private set; }

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
        LocalDate? due = null;
        if (!string.IsNullOrWhiteSpace(Form.NextActionDue))
        {
            var parsed = LocalDatePattern.Iso.Parse(Form.NextActionDue);
            if (!parsed.Success || parsed.Value < _clock.Today)
            {
                ModelState.AddModelError("Form.NextActionDue", _l["FollowUp_DueInvalid"]);
            }
            else
            {
                due = parsed.Value;
            }
        }
        if (due is not null && string.IsNullOrWhiteSpace(Form.NextActionText))
        {
            ModelState.AddModelError("Form.NextActionText", _l["FollowUp_NextActionRequired"]);
        }
        if (!Enum.TryParse<FollowUpObjective>(Form.Objective, out var objective))
        {
            ModelState.AddModelError("Form.Objective", _l["FollowUp_ObjectiveRequired"]);
        }
        if (Attachment is not null && Domain.Attachment.Problem(Attachment.FileName, Attachment.Length) is { } problem)
        {
            ModelState.AddModelError(nameof(Attachment), _l[problem]);
        }
        var lead = Form.LeadId is { } leadId ? await _db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, ct) : null;
        var customer = lead is null && Form.CustomerId is { } cid ? Customers.FirstOrDefault(c => c.Id == cid) : null;
        if (lead is null && customer is null)
        {
            ModelState.AddModelError("Form.CustomerId", _l["FollowUp_CustomerRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        _operation.Begin("FollowUp.Log");
        var customerId = lead is not null ? (await _followUps.CustomerForLeadAsync(lead, _access.UserId, ct)).Id : customer!.Id;
        var owner = lead?.OwnerId ?? customer?.OwnerId ?? _access.UserId;
        var input = new FollowUpInput(customerId, Form.DealId, objective, Form.Summary!, Form.Obstacles.Where(ObstacleTags.Contains).ToList(),
            Form.NextActionText, due, Form.Location, Form.Warning);
        var followUp = await _followUps.LogAsync(input, owner, lead, ct);
        if (Attachment is not null)
        {
            using var buffer = new MemoryStream();
            await Attachment.CopyToAsync(buffer, ct);
            _db.Attachments.Add(new Domain.Attachment(Guid.NewGuid(), followUp.Id, Path.GetFileName(Attachment.FileName),
                string.IsNullOrEmpty(Attachment.ContentType) ? "application/octet-stream" : Attachment.ContentType, buffer.ToArray(), _clock.Now));
        }
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l["FollowUp_Saved"], "success");
        return RedirectToPage("/Customers/Detail", new { id = customerId });
    }

    /// <summary>False when the lead or customer is not the user's to follow up (the handler answers 404).</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ObstacleTags = await _db.TagOptions.AsNoTracking().Where(t => t.Category == TagCategory.Obstacle).OrderBy(t => t.Position).Select(t => t.Value).ToListAsync(ct);
        if (Form.LeadId is { } leadId)
        {
            var lead = await _db.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.Id == leadId, ct);
            if (lead is null || lead.Status is not (LeadStatus.Claimed or LeadStatus.Assigned or LeadStatus.Converted) || !await _access.CanSeeAsync(lead.OwnerId, ct))
            {
                return false;
            }
            LeadName = $"{lead.Company} · {lead.ContactName}";
            return true;
        }
        var visibility = await _access.VisibilityAsync(ct);
        var query = _db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null);
        if (!visibility.All)
        {
            var owners = visibility.Owners.ToList();
            query = query.Where(c => c.OwnerId != null && owners.Contains(c.OwnerId.Value));
        }
        Customers = await query.OrderBy(c => c.Name).Take(500).ToListAsync(ct);
        return Form.CustomerId is null || Customers.Any(c => c.Id == Form.CustomerId);
    }
}
