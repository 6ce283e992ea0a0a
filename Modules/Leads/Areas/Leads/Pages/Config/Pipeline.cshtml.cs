using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Config;

/// <summary>Director/Admin: stages (order, skippable, gate, quoting, triggers) and their typed required fields. Every change is logged.</summary>
public sealed class PipelineModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly DealService _deals;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal PipelineModel(LeadsDbContext db, DealService deals, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _deals = deals;
        _operation = operation;
        _l = l;
    }

    internal Pipeline? Pipeline { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Pipeline = await _deals.DefaultPipelineAsync(ct);

    public async Task<IActionResult> OnPostSaveStageAsync(Guid id, int version, string? name, bool skippable, bool unlocksQuoting, Guid? requiresStageId,
        string? notifyRole, bool notifyDirectorCycle, CancellationToken ct)
    {
        var stage = await _db.Stages.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (stage is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            TempData.Flash(_l["Stage_NameRequired"], "danger");
            return RedirectToPage();
        }
        var gate = requiresStageId is { } g ? await _db.Stages.FirstOrDefaultAsync(s => s.Id == g && s.PipelineId == stage.PipelineId && s.Position < stage.Position, ct) : null;
        _db.Entry(stage).Property(s => s.Version).OriginalValue = version;
        stage.Name = name.Trim();
        stage.Skippable = skippable;
        stage.UnlocksQuoting = unlocksQuoting;
        stage.RequiresStageId = gate?.Id;
        stage.NotifyRole = string.IsNullOrEmpty(notifyRole) ? null : notifyRole;
        stage.NotifyDirectorCycle = notifyDirectorCycle;
        _operation.Begin("Pipeline.StageChanged");
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(_l["Common_StaleEdit"], "danger");
            return RedirectToPage();
        }
        TempData.Flash(_l["Config_Saved"], "success");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddStageAsync(string? name, CancellationToken ct)
    {
        var pipeline = await _deals.DefaultPipelineAsync(ct);
        if (pipeline is null || string.IsNullOrWhiteSpace(name))
        {
            TempData.Flash(_l["Stage_NameRequired"], "danger");
            return RedirectToPage();
        }
        _operation.Begin("Pipeline.StageAdded");
        _db.Stages.Add(pipeline.AddStage(Guid.NewGuid(), name.Trim()));
        await _db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddFieldAsync(Guid id, string? label, string? type, bool required, string? options, CancellationToken ct)
    {
        var stage = await _db.Stages.Include(s => s.Fields).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (stage is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(label) || !Enum.TryParse<FieldType>(type, out var fieldType) || (fieldType == FieldType.Choice && string.IsNullOrWhiteSpace(options)))
        {
            TempData.Flash(_l["Field_Invalid"], "danger");
            return RedirectToPage();
        }
        _operation.Begin("Pipeline.FieldAdded");
        _db.StageFields.Add(stage.AddField(Guid.NewGuid(), label.Trim(), fieldType, required, string.IsNullOrWhiteSpace(options) ? null : options.Trim()));
        await _db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveFieldAsync(Guid id, CancellationToken ct)
    {
        var field = await _db.StageFields.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (field is null)
        {
            return NotFound();
        }
        _operation.Begin("Pipeline.FieldRemoved");
        _db.StageFields.Remove(field);
        await _db.SaveChangesAsync(ct);
        return RedirectToPage();
    }
}
