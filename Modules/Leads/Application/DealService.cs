using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application;

/// <summary>Opens deals and moves them through the stage machine; publishes stage changes, quoting eligibility and triggers.</summary>
internal sealed class DealService(LeadsDbContext db, IClock clock)
{
    public async Task<Pipeline?> PipelineAsync(Guid id, CancellationToken ct) =>
        await db.Pipelines.Include(p => p.Stages).ThenInclude(s => s.Fields).FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<Pipeline?> DefaultPipelineAsync(CancellationToken ct) =>
        await db.Pipelines.Include(p => p.Stages).ThenInclude(s => s.Fields)
            .OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).FirstOrDefaultAsync(ct);

    public Deal Open(Customer customer, Pipeline pipeline, Guid ownerId, string title, decimal? amount, Guid? actor, string? productLine = null)
    {
        var now = clock.GetCurrentInstant();
        var first = pipeline.Ordered[0];
        var deal = new Deal(Guid.NewGuid(), customer.Id, ownerId, pipeline.Id, first.Id, title, amount, now)
        {
            ProductLine = string.IsNullOrWhiteSpace(productLine) ? null : productLine.Trim(),
        };
        deal.SetQuoting(StageRules.CanQuote(pipeline.Ordered, deal.Completed));
        db.Deals.Add(deal);
        db.Publish(new DealOpened(Guid.NewGuid(), now, actor, deal.Id, customer.Id, customer.Code, customer.Name, ownerId, pipeline.Id,
            title, deal.ProductLine, amount, "CNY", first.Name, deal.CanQuote));
        db.AddTimeline(customer.Id, "Timeline_DealOpened", actor, now, title, first.Name);
        return deal;
    }

    /// <summary>Validates, then stages every change of the move; the caller saves once. Nothing is staged when refused.</summary>
    public async Task<StageMoveCheck> MoveAsync(Deal deal, Pipeline pipeline, Guid targetId, IReadOnlyDictionary<Guid, string?> values, Guid? actor, CancellationToken ct)
    {
        var ordered = pipeline.Ordered;
        var current = ordered.First(s => s.Id == deal.StageId);
        var check = StageRules.CheckMove(ordered, deal.StageId, targetId, deal.Completed, values);
        if (!check.Allowed)
        {
            return check;
        }
        var now = clock.GetCurrentInstant();
        var target = ordered.First(s => s.Id == targetId);
        var stored = await StoreValuesAsync(deal, current, values, ct);
        var before = deal.CanQuote;
        var spent = deal.MoveTo(targetId, now);
        deal.SetQuoting(StageRules.CanQuote(ordered, deal.Completed));
        var skipped = check.Skipped.Select(s => s.Name).ToList();
        db.DealStageChanges.Add(new DealStageChange(Guid.NewGuid(), deal.Id, deal.CustomerId, current.Name, target.Name, spent, skipped.Count > 0, actor, now));
        db.Publish(new DealStageChanged(Guid.NewGuid(), now, actor, deal.Id, deal.CustomerId, deal.OwnerId, current.Name, target.Name, spent, skipped.Count > 0, skipped));
        if (before != deal.CanQuote)
        {
            db.Publish(new DealQuotingEligibilityChanged(Guid.NewGuid(), now, actor, deal.Id, deal.CanQuote, $"stage:{current.Name}"));
        }
        var details = StageTask.FormatDetails(ordered.SelectMany(s => s.Fields.OrderBy(f => f.Position)).Select(f => (f.Label, stored.GetValueOrDefault(f.Id) is { } v && f.Type == FieldType.File ? FieldValues.ParseFile(v).FileName : stored.GetValueOrDefault(f.Id))));
        await TriggersAsync(deal, target, details, now, actor, ct);
        return check;
    }

    /// <summary>Stages the left stage's values; returns every value the deal carries after the move (field id → value).</summary>
    private async Task<Dictionary<Guid, string?>> StoreValuesAsync(Deal deal, Stage stage, IReadOnlyDictionary<Guid, string?> values, CancellationToken ct)
    {
        var existing = await db.DealFieldValues.Where(v => v.DealId == deal.Id).ToListAsync(ct);
        var all = existing.ToDictionary(v => v.FieldId, v => (string?)v.Value);
        foreach (var field in stage.Fields)
        {
            var value = values.GetValueOrDefault(field.Id)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            all[field.Id] = value;
            if (existing.FirstOrDefault(v => v.FieldId == field.Id) is { } row)
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

    private async Task TriggersAsync(Deal deal, Stage target, string details, Instant now, Guid? actor, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(target.NotifyRole))
        {
            // The role gets a task (with the deal's field values, e.g. the equipment parameters) and a notification linking to its task list.
            db.StageTasks.Add(new StageTask(Guid.NewGuid(), deal.Id, deal.CustomerId, target.NotifyRole, $"{deal.Title} → {target.Name}", details, now));
            db.AddTimeline(deal.CustomerId, "Timeline_TaskCreated", actor, now, deal.Title, target.Name, target.NotifyRole);
            db.Publish(Notify.Role(target.NotifyRole, now, actor, "Notify_StageEntered", Links.Tasks, deal.Title, target.Name));
        }
        if (target.NotifyDirectorCycle)
        {
            var line = deal.ProductLine;
            var history = await db.Deals.Where(d => d.ClosedAt != null && (d.CustomerId == deal.CustomerId || (line != null && d.ProductLine == line)))
                .Select(d => new ClosedDeal(d.CustomerId, d.ProductLine, d.OpenedAt, d.ClosedAt!.Value)).ToListAsync(ct);
            var (average, basis) = CycleComparison.Average(deal.CustomerId, line, history);
            var days = (int)(now - deal.OpenedAt).TotalDays;
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            db.Publish(Notify.Role(Roles.SalesDirector, now, actor, "Notify_CycleComparison_" + basis, Links.Deals, deal.Title, target.Name,
                days.ToString(culture), average is { } a ? Math.Round(a).ToString(culture) : "-", line ?? "-"));
        }
    }

    public void Close(Deal deal, bool won, string reason, Guid? actor)
    {
        var now = clock.GetCurrentInstant();
        deal.Close(won, now);
        var cycle = now - deal.OpenedAt;
        db.Publish(won
            ? new DealClosedWon(Guid.NewGuid(), now, actor, deal.Id, deal.CustomerId, deal.OwnerId, deal.ExpectedAmount, "CNY", cycle)
            : new DealClosedLost(Guid.NewGuid(), now, actor, deal.Id, deal.CustomerId, deal.OwnerId, reason, cycle));
        db.AddTimeline(deal.CustomerId, won ? "Timeline_DealWon" : "Timeline_DealLost", actor, now, deal.Title, reason);
    }
}
