using NodaTime;
using SalesSuite.Health.Domain;
using SalesSuite.Leads.Contracts;

namespace SalesSuite.Health.Application.Projection;

internal sealed partial class HealthProjector
{
    private async Task DealOpenedAsync(DealOpened e, CancellationToken ct)
    {
        if (await db.Deals.FindAsync([e.DealId], ct) is not null)
        {
            return;
        }
        var team = await teams.TeamOfAsync(e.OwnerId, ct);
        db.Deals.Add(new DealTrack(e.DealId, e.CustomerId, e.OwnerId, team, e.PipelineId, e.Title, e.StageCode, e.OccurredAt, e.LeadId));
        var customer = await CustomerAsync(e.CustomerId, e.OwnerId, e.OccurredAt, ct, e.CustomerCode, e.CustomerName);
        if (customer.Code.Length == 0)
        {
            customer.Rename(e.CustomerCode, e.CustomerName);
        }
        if (e.LeadId is { } leadId && await db.Leads.FindAsync([leadId], ct) is { } lead)
        {
            lead.ConfirmNeed(e.OccurredAt);
        }
    }

    /// <summary>A deal known only from a later event (opened before Health consumed events): tracked from here on.</summary>
    private async Task<DealTrack> DealAsync(Guid dealId, Guid customerId, Guid ownerId, string stage, Instant at, CancellationToken ct)
    {
        if (await db.Deals.FindAsync([dealId], ct) is { } deal)
        {
            return deal;
        }
        deal = new DealTrack(dealId, customerId, ownerId, await teams.TeamOfAsync(ownerId, ct), Guid.Empty, "", stage, at, null);
        db.Deals.Add(deal);
        return deal;
    }

    private async Task StageChangedAsync(DealStageChanged e, CancellationToken ct)
    {
        var deal = await DealAsync(e.DealId, e.CustomerId, e.OwnerId, e.FromStage, e.OccurredAt - e.TimeInPreviousStage, ct);
        if (!deal.Accepts(e.Sequence))
        {
            return;
        }
        await AddStageSampleAsync(e.EventId, 0, deal, e.FromStage, e.OccurredAt - e.TimeInPreviousStage, e.OccurredAt, ct);
        var n = 1;
        foreach (var skipped in e.SkippedStages)
        {
            db.Steps.Add(new StepSample(DerivedIds.From(e.EventId, n++), StepKind.Stage, skipped, deal.OwnerId, deal.TeamId, deal.Record,
                e.OccurredAt, e.OccurredAt, periods.WeekOf(e.OccurredAt), null, skipped: true));
        }
        deal.EnterStage(e.ToStage, e.OccurredAt);
    }

    /// <summary>A stay in a stage: delay counts beyond its amber days, a breach beyond its red days.</summary>
    private async Task AddStageSampleAsync(Guid eventId, int n, DealTrack deal, string stage, Instant from, Instant to, CancellationToken ct)
    {
        var threshold = await db.Stages.FindAsync([deal.PipelineId, stage], ct);
        double? amber = threshold?.AmberDays * 24.0;
        double? red = threshold?.RedDays * 24.0;
        db.Steps.Add(new StepSample(DerivedIds.From(eventId, n), StepKind.Stage, stage, deal.OwnerId, deal.TeamId, deal.Record,
            from, to, periods.WeekOf(to), amber ?? red, red));
    }

    private async Task DealClosedAsync(Guid eventId, Guid dealId, Guid customerId, Guid ownerId, bool won, Duration cycle, long sequence,
        Instant at, CancellationToken ct)
    {
        var deal = await DealAsync(dealId, customerId, ownerId, "", at - cycle, ct);
        if (!deal.Accepts(sequence) || deal.State != DealState.Open)
        {
            return;
        }
        if (deal.Stage.Length > 0)
        {
            await AddStageSampleAsync(eventId, 0, deal, deal.Stage, deal.StageEnteredAt, at, ct);
        }
        deal.Close(won, at);
        if (won)
        {
            (await CustomerAsync(customerId, ownerId, at, ct)).Won(cycle);
        }
    }

    private async Task StageTaskAsync(StageTaskCompleted e, CancellationToken ct)
    {
        var deal = await db.Deals.FindAsync([e.DealId], ct);
        var record = deal?.Record ?? new RecordRef(RecordRef.Deal, e.DealId, e.Title, e.DealId, e.CustomerId);
        db.Steps.Add(new StepSample(DerivedIds.From(e.EventId, 0), StepKind.Task, e.Role, e.OwnerId, await teams.TeamOfAsync(e.OwnerId, ct),
            record with { Label = e.Title }, e.CreatedAt, e.CreatedAt + e.ResponseTime, periods.WeekOf(e.OccurredAt),
            Indicator.Get(Indicator.CrossDeptResponse).Green, actorId: e.CompletedBy));
    }

    private async Task CorrectedAsync(RecordCorrected e, CancellationToken ct)
    {
        if (await db.Corrections.FindAsync([e.EventId], ct) is not null)
        {
            return;
        }
        var record = new RecordRef(e.RecordType, e.RecordId, e.RecordType, null, e.CustomerId);
        db.Corrections.Add(new Correction(e.EventId, e.OwnerId, await teams.TeamOfAsync(e.OwnerId, ct), e.OccurredAt,
            periods.DayOf(e.OccurredAt), periods.WeekOf(e.OccurredAt), record));
        if (await db.FollowUps.FindAsync([e.RecordId], ct) is { } followUp)
        {
            followUp.Corrected();
        }
    }

    private async Task HandedOverAsync(OwnershipHandedOver e, CancellationToken ct)
    {
        var n = 0;
        foreach (var transfer in e.Transfers)
        {
            var team = await teams.TeamOfAsync(transfer.ToUserId, ct);
            foreach (var id in transfer.RecordIds)
            {
                switch (transfer.RecordType)
                {
                    case "Customer":
                        (await CustomerAsync(id, transfer.ToUserId, e.OccurredAt, ct)).HandTo(transfer.ToUserId, team);
                        db.HandOvers.Add(new HandOverItem(DerivedIds.From(e.EventId, n++), e.HandOverId, id, e.FromUserId, transfer.ToUserId,
                            team, e.OccurredAt, periods.WeekOf(e.OccurredAt)));
                        break;
                    case "Deal" when await db.Deals.FindAsync([id], ct) is { } deal && deal.Accepts(transfer.SequenceOf(id)):
                        deal.HandTo(transfer.ToUserId, team);
                        foreach (var quote in await db.Quotes.WhereAsync(q => q.DealId == id, ct))
                        {
                            quote.HandTo(transfer.ToUserId, team);
                        }
                        break;
                    case "Lead":
                        await AssignAsync(id, transfer.ToUserId, e.OccurredAt, ct);
                        break;
                }
            }
        }
    }
}
