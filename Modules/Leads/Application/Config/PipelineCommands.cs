using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Config;

/// <summary>
/// The director's pipeline use cases: change a stage (with its amber / red days), add, reorder or remove a stage, add or
/// remove a stage's field or trigger. A change of the stages is announced to other modules (<see cref="PipelineAnnouncement"/>)
/// in the same commit.
/// </summary>
internal sealed class PipelineCommands(
    LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock, IOrganisation organisation)
{
    /// <summary>
    /// Moves a stage one place up or down. The form carries the pipeline's <paramref name="version"/>: changed since →
    /// <see cref="StaleEditException"/> (409); a gate that would point at a later stage → refusal.
    /// </summary>
    public async Task MoveStageAsync(Guid stageId, bool up, int version, CancellationToken ct)
    {
        var pipeline = await PipelineOfAsync(stageId, version, ct);
        if (pipeline.MoveStage(stageId, up))
        {
            PipelineAnnouncement.AnnounceIfChanged(db, pipeline, access.UserId, clock.GetCurrentInstant());
            await uow.CommitAsync("Pipeline.StageMoved", ct);
        }
    }

    /// <summary>
    /// Removes a stage (kept as a row for history). Refused while open deals are in it or another stage's gate refers to
    /// it; stale form (pipeline <paramref name="version"/>) → 409.
    /// </summary>
    public async Task RemoveStageAsync(Guid stageId, int version, CancellationToken ct)
    {
        var pipeline = await PipelineOfAsync(stageId, version, ct);
        var openDeals = await db.Deals.CountAsync(d => d.StageId == stageId && d.Status == DealStatus.Open, ct);
        var now = clock.GetCurrentInstant();
        pipeline.RemoveStage(stageId, openDeals, now);
        PipelineAnnouncement.AnnounceIfChanged(db, pipeline, access.UserId, now);
        await uow.CommitAsync("Pipeline.StageRemoved", ct);
    }

    /// <summary>
    /// Adds a trigger to a stage: roles and people must be able to open the task list (Leads' access roles), fields
    /// fields of the same pipeline (others are dropped, as the form offers only those).
    /// </summary>
    public async Task AddTriggerAsync(Guid stageId, TriggerInput input, CancellationToken ct)
    {
        var stage = await db.Stages.Include(s => s.Triggers)
            .FirstOrDefaultAsync(s => s.Id == stageId && s.RemovedAt == null, ct) ?? throw new KeyNotFoundException();
        var moment = input.ParsedMoment ?? throw new DomainException("Pipe_Trigger_Invalid");
        DomainException.ThrowIf(input.Roles.Any(r => !LeadsModule.AccessRoles.Contains(r)), "Pipe_Trigger_Invalid");
        // People must be able to open the task list (Leads' access roles).
        var active = (await organisation.ActiveUsersAsync(ct)).Where(u => u.Roles.Any(LeadsModule.AccessRoles.Contains))
            .Select(u => u.Id).ToHashSet();
        DomainException.ThrowIf(input.UserIds.Any(u => !active.Contains(u)), "Pipe_Trigger_Invalid");
        var fields = await db.StageFields
            .Where(f => db.Stages.Any(s => s.Id == f.StageId && s.PipelineId == stage.PipelineId)).Select(f => f.Id).ToListAsync(ct);
        var trigger = stage.AddTrigger(Guid.NewGuid(), moment, input.Roles, input.UserIds, input.FieldIds.Where(fields.Contains),
            input.SlaHours ?? StageTrigger.DefaultSlaHours);
        db.StageTriggers.Add(trigger);
        await uow.CommitAsync("Pipeline.TriggerAdded", ct);
    }

    public async Task RemoveTriggerAsync(Guid triggerId, CancellationToken ct)
    {
        var trigger = await db.StageTriggers.FirstOrDefaultAsync(t => t.Id == triggerId, ct) ?? throw new KeyNotFoundException();
        db.StageTriggers.Remove(trigger);
        await uow.CommitAsync("Pipeline.TriggerRemoved", ct);
    }

    private async Task<Pipeline> PipelineOfAsync(Guid stageId, int version, CancellationToken ct)
    {
        var stage = await db.Stages.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stageId && s.RemovedAt == null, ct)
            ?? throw new KeyNotFoundException();
        var pipeline = await db.Pipelines.Include(p => p.Stages).FirstAsync(p => p.Id == stage.PipelineId, ct);
        StaleEditException.ThrowIfChanged(version, pipeline.Version);
        db.Entry(pipeline).Property(p => p.Version).OriginalValue = version;
        return pipeline;
    }

    public async Task SaveStageAsync(Guid stageId, StageInput input, CancellationToken ct)
    {
        var stage = await db.Stages.FirstOrDefaultAsync(s => s.Id == stageId, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, stage.Version);
        // A gate that is not an earlier stage of this pipeline is dropped, as the form offers only those.
        var gate = input.RequiresStageId is { } g
            ? await db.Stages.FirstOrDefaultAsync(
                s => s.Id == g && s.PipelineId == stage.PipelineId && s.Position < stage.Position && s.RemovedAt == null, ct)
            : null;
        db.Entry(stage).Property(s => s.Version).OriginalValue = input.Version;
        var options = new StageOptions(
            Skippable: input.Skippable, UnlocksQuoting: input.UnlocksQuoting, NotifyDirectorCycle: input.NotifyDirectorCycle);
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
