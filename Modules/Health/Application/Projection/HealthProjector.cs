using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Application.Projection;

/// <summary>
/// Applies one consumed event to Health's read models. The same code runs for a live event (inside its idempotent
/// handler) and for every archived event during a rebuild, in archive order, so both reach the same numbers. It only
/// adds and changes tracked rows; the caller saves. Events Health only archives fall through.
/// </summary>
internal sealed partial class HealthProjector(HealthDbContext db, TeamResolver teams, Periods periods, ProjectionSettings settings)
{
    public async Task ApplyAsync(IIntegrationEvent e, CancellationToken ct)
    {
        switch (e)
        {
            case PipelineChanged x: await PipelineAsync(x, ct); break;
            case LeadCreated x: await LeadAsync(x.LeadId, x.OccurredAt, x.Source, ct); break;
            case LeadAssigned x: await AssignAsync(x.LeadId, x.ToUserId, x.OccurredAt, ct); break;
            case LeadClaimed x: await AssignAsync(x.LeadId, x.UserId, x.OccurredAt, ct); break;
            case LeadReleased x: (await LeadAsync(x.LeadId, x.OccurredAt, "", ct)).Release(x.OccurredAt); break;
            case FollowUpLogged x: await FollowUpAsync(x, ct); break;
            case CustomerRegistered x: await CustomerRegisteredAsync(x, ct); break;
            case CustomersMerged x: await MergedAsync(x, ct); break;
            case CustomerProfileChanged x: await ProfileAsync(x, ct); break;
            case DealOpened x: await DealOpenedAsync(x, ct); break;
            case DealStageChanged x: await StageChangedAsync(x, ct); break;
            case DealClosedWon x: await DealClosedAsync(x.EventId, x.DealId, x.CustomerId, x.OwnerId, true, x.CycleTime, x.Sequence, x.OccurredAt,
                ct); break;
            case DealClosedLost x: await DealClosedAsync(x.EventId, x.DealId, x.CustomerId, x.OwnerId, false, x.CycleTime, x.Sequence,
                x.OccurredAt, ct); break;
            case StageTaskCompleted x: await StageTaskAsync(x, ct); break;
            case RecordCorrected x: await CorrectedAsync(x, ct); break;
            case OwnershipHandedOver x: await HandedOverAsync(x, ct); break;
            case QuoteSubmitted x: await QuoteSubmittedAsync(x, ct); break;
            case QuoteStepDecided x: await StepDecidedAsync(x, ct); break;
            case QuoteSlaBreached x: (await db.Quotes.FindAsync([x.QuoteId], ct))?.Breach(x.Step); break;
            case QuoteApproved x: await QuoteApprovedAsync(x, ct); break;
            case QuoteAccepted x: await QuoteAcceptedAsync(x, ct); break;
            case ContractCreated x: await ContractCreatedAsync(x, ct); break;
            case MilestonePaid x: await MilestonePaidAsync(x, ct); break;
            case DealClosedLoop x: (await db.Deals.FindAsync([x.DealId], ct))?.Paid(x.OccurredAt); break;
        }
    }

    private async Task PipelineAsync(PipelineChanged e, CancellationToken ct)
    {
        var existing = await db.Stages.WhereAsync(s => s.PipelineId == e.PipelineId, ct);
        foreach (var stage in e.Stages)
        {
            if (existing.FirstOrDefault(s => s.Name == stage.Name) is { } row)
            {
                row.Change(e.Name, stage.Position, stage.AmberDays, stage.RedDays, stage.Skippable);
            }
            else
            {
                db.Stages.Add(new PipelineStage(e.PipelineId, e.Name, stage.Name, stage.Position, stage.AmberDays, stage.RedDays, stage.Skippable));
            }
        }
        db.Stages.RemoveRange(existing.Where(s => e.Stages.All(n => n.Name != s.Name)));
    }

    private async Task<LeadTrack> LeadAsync(Guid leadId, Instant at, string source, CancellationToken ct)
    {
        if (await db.Leads.FindAsync([leadId], ct) is { } lead)
        {
            return lead;
        }
        lead = new LeadTrack(leadId, at, source);
        db.Leads.Add(lead);
        return lead;
    }

    private async Task AssignAsync(Guid leadId, Guid userId, Instant at, CancellationToken ct) =>
        (await LeadAsync(leadId, at, "", ct)).AssignTo(userId, await teams.TeamOfAsync(userId, ct), at);

    private async Task<CustomerTrack> CustomerAsync(Guid customerId, Guid? ownerId, Instant at, CancellationToken ct,
        string code = "", string name = "")
    {
        if (await db.Customers.FindAsync([customerId], ct) is { } customer)
        {
            return customer;
        }
        customer = new CustomerTrack(customerId, code, name, ownerId, await teams.TeamOfAsync(ownerId, ct), null, at);
        db.Customers.Add(customer);
        return customer;
    }

    private async Task CustomerRegisteredAsync(CustomerRegistered e, CancellationToken ct)
    {
        var customer = await CustomerAsync(e.CustomerId, e.OwnerId, e.OccurredAt, ct, e.Code, e.Name);
        customer.Rename(e.Code, e.Name);
        customer.HandTo(e.OwnerId, await teams.TeamOfAsync(e.OwnerId, ct));
        customer.Profile(customer.ProfileFilled, customer.ProfileTotal, [], e.CustomerType, customer.Tier);
    }

    private async Task MergedAsync(CustomersMerged e, CancellationToken ct)
    {
        var survivor = await CustomerAsync(e.SurvivorCustomerId, null, e.OccurredAt, ct, e.SurvivorCode);
        if (await db.Customers.FindAsync([e.MergedCustomerId], ct) is { MergedInto: null } merged)
        {
            survivor.Absorb(merged);
        }
    }

    private async Task ProfileAsync(CustomerProfileChanged e, CancellationToken ct)
    {
        var customer = await CustomerAsync(e.CustomerId, e.OwnerId, e.OccurredAt, ct);
        customer.Profile(e.FilledKeyFields, e.KeyFieldCount, e.MissingFields, e.CustomerType, e.Tier);
        if (e.OwnerId is { } owner)
        {
            customer.HandTo(owner, await teams.TeamOfAsync(owner, ct));
        }
    }

    private async Task FollowUpAsync(FollowUpLogged e, CancellationToken ct)
    {
        if (await db.FollowUps.FindAsync([e.FollowUpId], ct) is not null)
        {
            return;
        }
        var team = await teams.TeamOfAsync(e.OwnerId, ct);
        var tags = TagReading.Read(e.ObstacleTags, settings.NoObstacleTag, settings.CompetitorWords);
        var customer = await CustomerAsync(e.CustomerId, e.OwnerId, e.OccurredAt, ct);
        var interval = customer.FollowedUp(e.OccurredAt, tags.Competitor);
        db.FollowUps.Add(new FollowUpFact(e.FollowUpId, e.OwnerId, team, e.CustomerId, e.DealId, e.LeadId, e.OccurredAt,
            periods.DayOf(e.OccurredAt), periods.WeekOf(e.OccurredAt), e.Objective, tags, e.Warning, interval));

        var n = 0;
        if (e.LeadId is { } leadId && await db.Leads.FindAsync([leadId], ct) is { } lead && lead.AssignedAt is { } assigned
            && lead.Touch(e.OccurredAt))
        {
            AddHandOff(e.EventId, n++, HandOffs.LeadToFirstTouch, lead.OwnerId ?? e.OwnerId, lead.TeamId ?? team,
                new RecordRef(RecordRef.Lead, leadId, customer.Name, null, e.CustomerId), assigned, e.OccurredAt);
        }
        if (e.DealId is { } dealId)
        {
            foreach (var quote in await db.Quotes.WhereAsync(q => q.DealId == dealId && q.ApprovedAt != null && q.FeedbackAt == null, ct))
            {
                if (quote.Feedback(e.OccurredAt))
                {
                    AddHandOff(e.EventId, n++, HandOffs.QuoteToFeedback, quote.OwnerId, quote.TeamId, quote.Record(), quote.ApprovedAt!.Value,
                        e.OccurredAt);
                }
            }
        }
        foreach (var item in await db.HandOvers.WhereAsync(
            h => h.CustomerId == e.CustomerId && h.ToUserId == e.OwnerId && h.FirstFollowUpAt == null, ct))
        {
            if (item.FollowedUp(e.OccurredAt))
            {
                AddHandOff(e.EventId, n++, HandOffs.HandOverToFollowUp, item.ToUserId, item.TeamId, customer.Record, item.At, e.OccurredAt);
            }
        }
    }

    private void AddHandOff(Guid eventId, int n, string code, Guid ownerId, Guid? teamId, RecordRef record, Instant from, Instant to) =>
        db.Steps.Add(new StepSample(DerivedIds.From(eventId, n), StepKind.HandOff, code, ownerId, teamId, record, from, to,
            periods.WeekOf(to), HandOffs.TargetHours(code)));
}
