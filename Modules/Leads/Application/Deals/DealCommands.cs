using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Money;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// The deal use cases: open, move through the stage machine (with the uploads of "file" fields), close won or lost.
/// Each loads a deal the user may see (else <see cref="KeyNotFoundException"/>: the page answers 404), lets the
/// aggregate decide, publishes and commits once.
/// </summary>
internal sealed class DealCommands(
    LeadsDbContext db, RecordAccess access, PipelineQueries pipelines, UnitOfWork<LeadsDbContext> uow,
    Notifier<LeadsDbContext> notifier, IOrganisation organisation, IClock clock)
{
    /// <summary>Opens a deal for a customer the user may see, in the default pipeline's first stage; returns its title.</summary>
    public async Task<string> OpenAsync(Guid customerId, string? title, decimal? amount, string? productLine, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId && c.MergedIntoId == null, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        var pipeline = await pipelines.DefaultAsync(ct) ?? throw new DomainException("Deal_NoPipeline");
        var now = clock.GetCurrentInstant();
        var actor = access.UserId;
        var deal = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId ?? actor, pipeline, title, amount, productLine, now);
        db.Deals.Add(deal);
        if (await OriginLeadAsync(deal, ct) is { } lead)
        {
            deal.LinkLead(lead);
        }
        var first = pipeline.Ordered[0];
        db.Publish(new DealOpened(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, DealId: deal.Id, CustomerId: customer.Id,
            CustomerCode: customer.Code, CustomerName: customer.Name, OwnerId: deal.OwnerId, PipelineId: pipeline.Id,
            Title: deal.Title, ProductLine: deal.ProductLine, ExpectedAmount: deal.ExpectedAmount, Currency: Money.DefaultCurrency,
            StageCode: first.Name, CanQuote: deal.CanQuote, Sequence: deal.Version, LeadId: deal.LeadId));
        db.AddTimeline(customer.Id, "Timeline_DealOpened", actor, now, deal.Title, first.Name);
        await uow.CommitAsync("Deal.Open", ct);
        return deal.Title;
    }

    /// <summary>
    /// Moves a deal forward. The uploads are checked with the attachment rules and stored only with an accepted move,
    /// in the same commit; refusals (<see cref="StageMoveRefused"/>, <see cref="StaleEditException"/>) change nothing.
    /// </summary>
    public async Task<DealMoved> MoveAsync(Guid dealId, DealMoveInput input, CancellationToken ct)
    {
        var deal = await VisibleOpenDealAsync(dealId, ct);
        var pipeline = await pipelines.ByIdAsync(deal.PipelineId, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, deal.Version);
        var now = clock.GetCurrentInstant();
        var ordered = pipeline.Ordered;
        var current = ordered.First(s => s.Id == deal.StageId);
        var stored = await db.DealFieldValues.Where(v => v.DealId == deal.Id).ToListAsync(ct);
        var values = current.Fields.Where(f => f.Type != FieldType.File)
            .ToDictionary(f => f.Id, f => input.Values.GetValueOrDefault(f.Id));
        var attachments = await AcceptUploadsAsync(deal, current, stored, values, input.Uploads, now, ct);
        var move = deal.Move(ordered, input.TargetStageId, values, now);
        db.Attachments.AddRange(attachments);
        var all = StoreValues(deal, current, stored, values);
        var actor = access.UserId;
        var skipped = move.Skipped.Count > 0;
        db.DealStageChanges.Add(new DealStageChange(
            Guid.NewGuid(), deal.Id, deal.CustomerId, move.From.Name, move.To.Name, move.Spent, skipped, actor, now));
        db.Publish(new DealStageChanged(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, DealId: deal.Id, CustomerId: deal.CustomerId,
            OwnerId: deal.OwnerId, FromStage: move.From.Name, ToStage: move.To.Name, TimeInPreviousStage: move.Spent,
            Skipped: skipped, SkippedStages: move.Skipped, Sequence: deal.Version + 1));
        if (move.QuotingChanged)
        {
            db.Publish(new DealQuotingEligibilityChanged(
                EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, DealId: deal.Id, CanQuote: deal.CanQuote,
                Reason: $"stage:{move.From.Name}", Sequence: deal.Version + 1));
        }
        await StageTasksAsync(deal, move.From, move.To, ordered, all, now, actor, ct);
        await CycleComparisonAsync(deal, move.To, now, actor, ct);
        await uow.CommitAsync("Deal.Move", ct);
        return new DealMoved(deal.Title, move.From.Name, move.To.Name);
    }

    /// <summary>
    /// Closes an open deal the user may see (a lost deal needs the reason); returns its title. Already closed →
    /// <see cref="ConflictRefusal"/>; changed since the form was shown (<paramref name="version"/>) → <see cref="StaleEditException"/>.
    /// </summary>
    public async Task<string> CloseAsync(Guid dealId, bool won, string? reason, int? version, CancellationToken ct)
    {
        var deal = await db.Deals.FirstOrDefaultAsync(d => d.Id == dealId, ct);
        if (deal is null || !await access.CanSeeAsync(deal.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        ConflictRefusal.ThrowIfAlready(deal.Status != DealStatus.Open, "Deal_NotOpen");
        if (version is { } seen)
        {
            StaleEditException.ThrowIfChanged(seen, deal.Version);
            db.Entry(deal).Property(d => d.Version).OriginalValue = seen;
        }
        DealClosure.Close(db, deal, won, reason, access.UserId, clock.GetCurrentInstant());
        await uow.CommitAsync(won ? "Deal.Won" : "Deal.Lost", ct);
        return deal.Title;
    }

    /// <summary>
    /// The lead a new deal is opened from: of the customer's leads held by the deal's owner (<see cref="Lead.IsOriginFor"/>)
    /// and not yet the origin of another deal, the one claimed or assigned last. None: the deal has no lead.
    /// </summary>
    private async Task<Lead?> OriginLeadAsync(Deal deal, CancellationToken ct)
    {
        var candidates = await db.Leads
            .Where(l => l.CustomerId == deal.CustomerId && l.OwnerId == deal.OwnerId && !db.Deals.Any(d => d.LeadId == l.Id))
            .ToListAsync(ct);
        return candidates.Where(l => l.IsOriginFor(deal.CustomerId, deal.OwnerId)).OrderByDescending(l => l.ClaimedAt).FirstOrDefault();
    }

    private async Task<Deal> VisibleOpenDealAsync(Guid id, CancellationToken ct)
    {
        var deal = await db.Deals.FirstOrDefaultAsync(d => d.Id == id && d.Status == DealStatus.Open, ct);
        return deal is not null && await access.CanSeeAsync(deal.OwnerId, ct) ? deal : throw new KeyNotFoundException();
    }

    /// <summary>
    /// "file" fields: an accepted upload becomes an attachment (returned, not yet staged) and the field value
    /// "attachmentId|name"; without an upload the value the deal already carries (if any) is kept.
    /// </summary>
    private static async Task<List<Attachment>> AcceptUploadsAsync(
        Deal deal, Stage current, IReadOnlyList<DealFieldValue> stored, Dictionary<Guid, string?> values,
        IReadOnlyList<FieldUpload> uploads, Instant now, CancellationToken ct)
    {
        var attachments = new List<Attachment>();
        var problems = new List<MoveProblem>();
        foreach (var field in current.Fields.Where(f => f.Type == FieldType.File))
        {
            var upload = uploads.FirstOrDefault(u => u.FieldId == field.Id && !string.IsNullOrEmpty(u.FileName));
            if (upload is null)
            {
                values[field.Id] = stored.FirstOrDefault(v => v.FieldId == field.Id)?.Value;
                continue;
            }
            if (Attachment.Problem(upload.FileName, upload.Length) is { } problem)
            {
                problems.Add(new MoveProblem("Deal_" + problem, field.Label, field.Id));
                continue;
            }
            using var buffer = new MemoryStream();
            await upload.Content.CopyToAsync(buffer, ct);
            var name = Path.GetFileName(upload.FileName);
            var bytes = buffer.ToArray();
            if (FileSignatures.Detect(name, bytes) is not { } type)
            {
                problems.Add(new MoveProblem("Deal_Attachment_ContentMismatch", field.Label, field.Id));
                continue;
            }
            var attachment = Attachment.ForDeal(Guid.NewGuid(), deal.Id, name, type, bytes, now);
            attachments.Add(attachment);
            values[field.Id] = FieldValues.FileValue(attachment.Id, name);
        }
        return problems.Count > 0 ? throw new StageMoveRefused(problems) : attachments;
    }

    /// <summary>Stages the left stage's values; returns every value the deal carries after the move (field id → value).</summary>
    private Dictionary<Guid, string?> StoreValues(
        Deal deal, Stage stage, IReadOnlyList<DealFieldValue> stored, IReadOnlyDictionary<Guid, string?> values)
    {
        var all = stored.ToDictionary(v => v.FieldId, v => (string?)v.Value);
        foreach (var field in stage.Fields)
        {
            var value = values.GetValueOrDefault(field.Id)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            all[field.Id] = value;
            if (stored.FirstOrDefault(v => v.FieldId == field.Id) is { } row)
            {
                row.Value = value;
            }
            else
            {
                db.DealFieldValues.Add(new DealFieldValue(Guid.NewGuid(), deal.Id, field.Id, value));
            }
        }
        return all;
    }

    /// <summary>
    /// The triggers of the move (<see cref="StageTrigger.Fired"/>: on leaving the stage left, on entering the target):
    /// each recipient, role or person, gets a task with the trigger's chosen field values (file fields by their file name)
    /// due after the trigger's SLA, a notification linking to the task list, and the customer timeline a line.
    /// </summary>
    private async Task StageTasksAsync(
        Deal deal, Stage from, Stage to, IReadOnlyList<Stage> ordered, IReadOnlyDictionary<Guid, string?> values, Instant now, Guid actor,
        CancellationToken ct)
    {
        foreach (var (stage, trigger) in StageTrigger.Fired(from, to))
        {
            var details = StageTask.FormatDetails(ordered.SelectMany(s => s.Fields.OrderBy(f => f.Position)).Where(f => trigger.Carries(f.Id))
                .Select(f =>
                {
                    var value = values.GetValueOrDefault(f.Id);
                    return (f.Label, value is not null && f.Type == FieldType.File ? FieldValues.ParseFile(value).FileName : value);
                }));
            var leaving = trigger.Moment == TriggerMoment.Leave;
            var title = leaving ? $"{deal.Title}: {from.Name} → {to.Name}" : $"{deal.Title} → {to.Name}";
            var notifyKey = leaving ? "Pipe_Notify_StageLeft" : "Notify_StageEntered";
            var timelineKey = leaving ? "Pipe_Timeline_TaskCreatedOnLeave" : "Timeline_TaskCreated";
            foreach (var role in trigger.RoleList)
            {
                db.StageTasks.Add(new StageTask(
                    Guid.NewGuid(), deal.Id, deal.CustomerId, role, title, details, now, slaHours: trigger.SlaHours, triggerId: trigger.Id));
                db.AddTimeline(deal.CustomerId, timelineKey, actor, now, deal.Title, stage.Name, role);
                notifier.ToRole(role, notifyKey, Links.Tasks, actor, deal.Title, stage.Name);
            }
            foreach (var person in trigger.UserList)
            {
                db.StageTasks.Add(new StageTask(
                    Guid.NewGuid(), deal.Id, deal.CustomerId, "", title, details, now, person, trigger.SlaHours, trigger.Id));
                var name = (await organisation.FindUserAsync(person, ct))?.DisplayName ?? "?";
                db.AddTimeline(deal.CustomerId, timelineKey, actor, now, deal.Title, stage.Name, name);
                notifier.ToUser(person, notifyKey, Links.Tasks, actor, deal.Title, stage.Name);
            }
        }
    }

    private async Task CycleComparisonAsync(Deal deal, Stage target, Instant now, Guid actor, CancellationToken ct)
    {
        if (target.NotifyDirectorCycle)
        {
            var line = deal.ProductLine;
            var history = await db.Deals
                .Where(d => d.ClosedAt != null && (d.CustomerId == deal.CustomerId || (line != null && d.ProductLine == line)))
                .Select(d => new ClosedDeal(d.CustomerId, d.ProductLine, d.OpenedAt, d.ClosedAt!.Value)).ToListAsync(ct);
            var (average, basis) = CycleComparison.Average(deal.CustomerId, line, history);
            var days = (int)(now - deal.OpenedAt).TotalDays;
            var culture = CultureInfo.InvariantCulture;
            notifier.ToRole(Roles.SalesDirector, "Notify_CycleComparison_" + basis, Links.Deals, actor, deal.Title, target.Name,
                days.ToString(culture), average is { } a ? Math.Round(a).ToString(culture) : "-", line ?? "-");
        }
    }
}
