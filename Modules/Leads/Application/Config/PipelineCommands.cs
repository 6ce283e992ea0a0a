using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>
/// The director's pipeline use cases: change a stage (with its amber / red days), add a stage, add or remove a stage's
/// field. A change of the stages is announced to other modules (<see cref="PipelineAnnouncement"/>) in the same commit.
/// </summary>
internal sealed class PipelineCommands(LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock)
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
        stage.SetThresholds(input.AmberDays, input.RedDays);
        stage.Configure(input.Name ?? "", options, gate);
        var pipeline = await db.Pipelines.Include(p => p.Stages).FirstAsync(p => p.Id == stage.PipelineId, ct);
        PipelineAnnouncement.AnnounceIfChanged(db, pipeline, access.UserId, clock.GetCurrentInstant());
        await uow.CommitAsync("Pipeline.StageChanged", ct);
    }

    public async Task AddStageAsync(string? name, CancellationToken ct)
    {
        var pipeline = await db.Pipelines.Include(p => p.Stages)
            .OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Stage_NameRequired");
        db.Stages.Add(pipeline.AddStage(Guid.NewGuid(), name ?? ""));
        PipelineAnnouncement.AnnounceIfChanged(db, pipeline, access.UserId, clock.GetCurrentInstant());
        await uow.CommitAsync("Pipeline.StageAdded", ct);
    }

    /// <summary>
    /// Announces every pipeline whose current stages were never announced (existing pipelines when this started, a
    /// pipeline seeded or changed outside these commands); returns how many. Run at start-up.
    /// </summary>
    public async Task<int> AnnounceUnpublishedAsync(CancellationToken ct)
    {
        var pipelines = await db.Pipelines.Include(p => p.Stages).ToListAsync(ct);
        var now = clock.GetCurrentInstant();
        var announced = pipelines.Count(p => PipelineAnnouncement.AnnounceIfChanged(db, p, null, now));
        if (announced > 0)
        {
            await uow.CommitAsync("Pipeline.Announced", ct);
        }
        return announced;
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
