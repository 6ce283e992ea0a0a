using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Config;

/// <summary>Director/Admin settings: claim window, claim limit, escalation hours, tag sets, intake API keys. Every change is in the operation log.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly IClock _clock;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(LeadsDbContext db, IClock clock, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _clock = clock;
        _operation = operation;
        _l = l;
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    internal IReadOnlyList<TagOption> Tags { get; private set; } = [];
    internal IReadOnlyList<IntakeKey> Keys { get; private set; } = [];
    public string? NewKey { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await _db.SettingsAsync(ct);
        Input = new SettingsInput { ClaimWindowMinutes = s.ClaimWindowMinutes, MaxOpenClaims = s.MaxOpenClaims, EscalationHours = s.EscalationHours, Version = s.Version };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var settings = await _db.Settings.FindAsync([LeadsSettings.SingletonId], ct);
        if (settings is null)
        {
            settings = new LeadsSettings();
            _db.Settings.Add(settings);
        }
        else
        {
            _db.Entry(settings).Property(x => x.Version).OriginalValue = Input.Version;
        }
        settings.ClaimWindowMinutes = Input.ClaimWindowMinutes;
        settings.MaxOpenClaims = Input.MaxOpenClaims;
        settings.EscalationHours = Input.EscalationHours;
        _operation.Begin("Settings.Change");
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, _l["Common_StaleEdit"]);
            await LoadAsync(ct);
            return Page();
        }
        TempData.Flash(_l["Config_Saved"], "success");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddTagAsync(string? category, string? value, CancellationToken ct)
    {
        if (!Enum.TryParse<TagCategory>(category, out var tagCategory))
        {
            return BadRequest();
        }
        var v = (value ?? "").Trim();
        if (v.Length is 0 or > 50 || await _db.TagOptions.AnyAsync(t => t.Category == tagCategory && t.Value == v, ct))
        {
            TempData.Flash(_l["Config_TagInvalid"], "danger");
            return RedirectToPage();
        }
        var position = await _db.TagOptions.Select(t => (int?)t.Position).MaxAsync(ct) ?? 0;
        _operation.Begin("Tag.Add");
        _db.TagOptions.Add(new TagOption(Guid.NewGuid(), tagCategory, v, position + 1));
        await _db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveTagAsync(Guid id, CancellationToken ct)
    {
        var tag = await _db.TagOptions.FindAsync([id], ct);
        if (tag is null)
        {
            return NotFound();
        }
        _operation.Begin("Tag.Remove");
        _db.TagOptions.Remove(tag);
        await _db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNewKeyAsync(string? source, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(source) || !await _db.TagOptions.AnyAsync(t => t.Category == TagCategory.Source && t.Value == source, ct))
        {
            TempData.Flash(_l["Intake_SourceUnknown"], "danger");
            return RedirectToPage();
        }
        var key = IntakeKey.NewKey();
        _operation.Begin("IntakeKey.Create");
        _db.IntakeKeys.Add(new IntakeKey(Guid.NewGuid(), source, IntakeKey.Hash(key), key[..8], _clock.GetCurrentInstant()));
        await _db.SaveChangesAsync(ct);
        // Shown once on this response; only the hash is stored.
        NewKey = key;
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var key = await _db.IntakeKeys.FindAsync([id], ct);
        if (key is null)
        {
            return NotFound();
        }
        _operation.Begin("IntakeKey.Revoke");
        key.Revoked = true;
        await _db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tags = await _db.TagOptions.AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct);
        Keys = await _db.IntakeKeys.AsNoTracking().OrderBy(k => k.Source).ToListAsync(ct);
    }
}
