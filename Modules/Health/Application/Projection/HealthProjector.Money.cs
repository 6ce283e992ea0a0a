using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Health.Domain;
using SalesSuite.Quotes.Contracts;

namespace SalesSuite.Health.Application.Projection;

internal sealed partial class HealthProjector
{
    /// <summary>An approval step without an SLA in its event (older events) counts delay beyond a day.</summary>
    public static readonly Duration DefaultStepTarget = Duration.FromHours(24);

    private async Task QuoteSubmittedAsync(QuoteSubmitted e, CancellationToken ct)
    {
        if (await db.Quotes.FindAsync([e.QuoteId], ct) is { } quote)
        {
            quote.Resubmit(e.Version, e.OccurredAt);
            return;
        }
        db.Quotes.Add(new QuoteTrack(e.QuoteId, e.DealId, e.CustomerId, e.OwnerId, await teams.TeamOfAsync(e.OwnerId, ct), e.Version, e.OccurredAt));
    }

    private async Task StepDecidedAsync(QuoteStepDecided e, CancellationToken ct)
    {
        if (await db.Quotes.FindAsync([e.QuoteId], ct) is not { } quote)
        {
            return;
        }
        var sla = (e.Sla ?? DefaultStepTarget).TotalHours;
        db.Steps.Add(new StepSample(DerivedIds.From(e.EventId, 0), StepKind.Approval, e.Step, quote.OwnerId, quote.TeamId,
            quote.Record($"{e.Version}"), e.OccurredAt - e.WaitedFor, e.OccurredAt, periods.WeekOf(e.OccurredAt), sla,
            breached: quote.HasBreached(e.Step), actorId: e.ApproverId));
        quote.StepDecided(e.OccurredAt);
    }

    private async Task QuoteApprovedAsync(QuoteApproved e, CancellationToken ct)
    {
        if (await db.Quotes.FindAsync([e.QuoteId], ct) is not { } quote)
        {
            quote = new QuoteTrack(e.QuoteId, e.DealId, e.CustomerId, e.OwnerId, await teams.TeamOfAsync(e.OwnerId, ct), e.Version, e.OccurredAt);
            db.Quotes.Add(quote);
        }
        quote.Approve(e.OccurredAt);
    }

    private async Task QuoteAcceptedAsync(QuoteAccepted e, CancellationToken ct)
    {
        if (await db.Quotes.FindAsync([e.QuoteId], ct) is { } quote)
        {
            if (quote.Feedback(e.OccurredAt))
            {
                AddHandOff(e.EventId, 0, HandOffs.QuoteToFeedback, quote.OwnerId, quote.TeamId, quote.Record(), quote.ApprovedAt!.Value,
                    e.OccurredAt);
            }
            quote.Accept(e.OccurredAt);
        }
        if (await db.Deals.FindAsync([e.DealId], ct) is { } deal)
        {
            deal.ProposalAccepted(e.OccurredAt);
        }
        (await CustomerAsync(e.CustomerId, e.OwnerId, e.OccurredAt, ct)).Purchased(e.OccurredAt);
    }

    private async Task ContractCreatedAsync(ContractCreated e, CancellationToken ct)
    {
        if (e.DealId is { } dealId && await db.Deals.FindAsync([dealId], ct) is { } deal)
        {
            deal.ContractSigned(e.ContractId, e.OccurredAt);
        }
        if (e.QuoteId is { } quoteId && await db.Quotes.FindAsync([quoteId], ct) is { AcceptedAt: { } accepted })
        {
            AddHandOff(e.EventId, 0, HandOffs.AcceptedToContract, e.OwnerId, await teams.TeamOfAsync(e.OwnerId, ct),
                new RecordRef(RecordRef.Contract, e.ContractId, e.Number, e.DealId, e.CustomerId), accepted, e.OccurredAt);
        }
    }

    /// <summary>A paid milestone: its lateness is the delay (target: the due date).</summary>
    private async Task MilestonePaidAsync(MilestonePaid e, CancellationToken ct)
    {
        var late = Duration.FromDays(Math.Max(0, e.DaysLate));
        db.Steps.Add(new StepSample(DerivedIds.From(e.EventId, 0), StepKind.Milestone, e.Name, e.OwnerId, await teams.TeamOfAsync(e.OwnerId, ct),
            new RecordRef(RecordRef.Milestone, e.MilestoneId, e.Name, e.DealId, e.CustomerId), e.OccurredAt - late, e.OccurredAt,
            periods.WeekOf(e.OccurredAt), 0));
        (await CustomerAsync(e.CustomerId, e.OwnerId, e.OccurredAt, ct)).MilestonePaid(e.DaysLate);
    }
}
