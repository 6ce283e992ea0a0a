using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>The director's pipeline use cases: change a stage, add a stage, add or remove a stage's field.</summary>
internal sealed class PipelineCommands(LeadsDbContext db, UnitOfWork<LeadsDbContext> uow)
{
    public async Task SaveStageAsync(Guid stageId, StageInput input, CancellationToken ct)
    {
        var stage = await db.Stages.FirstOrDefaultAsync(s => s.Id == stageId, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, stage.Version);
        // A gate that is not an earlier stage of this pipeline is dropped, as the form offers only those.
        var gate = input.RequiresStageId is { } g
            ? await db.Stages.FirstOrDefaultAsync(s => s.Id == g && s.PipelineId == stage.PipelineId && s.Position < stage.Position, ct)
            : null;
        db.Entry(stage).Property(s => s.Version).OriginalValue = input.Version;
        var options = new StageOptions(
            Skippable: input.Skippable, UnlocksQuoting: input.UnlocksQuoting, NotifyRole: input.NotifyRole,
            NotifyDirectorCycle: input.NotifyDirectorCycle);
        stage.Configure(input.Name ?? "", options, gate);
        await uow.CommitAsync("Pipeline.StageChanged", ct);
    }

    public async Task AddStageAsync(string? name, CancellationToken ct)
    {
        var pipeline = await db.Pipelines.Include(p => p.Stages)
            .OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Stage_NameRequired");
        db.Stages.Add(pipeline.AddStage(Guid.NewGuid(), name ?? ""));
        await uow.CommitAsync("Pipeline.StageAdded", ct);
    }

    public async Task AddFieldAsync(Guid stageId, FieldInput input, CancellationToken ct)
    {
        var stage = await db.Stages.Include(s => s.Fields).FirstOrDefaultAsync(s => s.Id == stageId, ct) ?? throw new KeyNotFoundException();
        var type = input.FieldType ?? throw new DomainException("Field_Invalid");
        db.StageFields.Add(stage.AddField(Guid.NewGuid(), input.Label ?? "", type, input.Required, input.Options));
        await uow.CommitAsync("Pipeline.FieldAdded", ct);
    }

    public async Task RemoveFieldAsync(Guid fieldId, CancellationToken ct)
    {
        var field = await db.StageFields.FirstOrDefaultAsync(f => f.Id == fieldId, ct) ?? throw new KeyNotFoundException();
        db.StageFields.Remove(field);
        await uow.CommitAsync("Pipeline.FieldRemoved", ct);
    }
}
