using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application;

/// <summary>Records a follow-up and its next action; it is the qualifying action that keeps a claimed lead.</summary>
internal sealed class FollowUpService(LeadsDbContext db, IClock clock, CustomerRegistry customers)
{
    /// <summary>The customer a lead's follow-up is about: the linked one, else a new customer owned by the lead's owner.</summary>
    public async Task<Customer> CustomerForLeadAsync(Lead lead, Guid? actor, CancellationToken ct)
    {
        if (lead.CustomerId is { } id && await db.Customers.FindAsync([id], ct) is { } linked)
        {
            return linked;
        }
        var customer = await customers.RegisterAsync(lead.Details, lead.OwnerId, actor, ct);
        lead.LinkCustomer(customer.Id);
        // The lead's own history becomes the start of the customer's timeline.
        db.AddTimeline(customer.Id, "Timeline_LeadCreated", null, lead.CreatedAt, lead.Source);
        if (lead.ClaimedAt is { } claimedAt)
        {
            db.AddTimeline(customer.Id, lead.Status == LeadStatus.Claimed ? "Timeline_LeadClaimed" : "Timeline_LeadAssigned", lead.OwnerId, claimedAt, lead.Company);
        }
        return customer;
    }

    public async Task<FollowUp> LogAsync(FollowUpInput input, Guid ownerId, Lead? lead, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var followUp = new FollowUp(Guid.NewGuid(), input.CustomerId, input.DealId, ownerId, input.Objective, input.Summary.Trim(),
            string.Join(',', input.ObstacleTags), string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim(), input.Warning, now);
        db.FollowUps.Add(followUp);
        if (input.NextActionDue is { } due && !string.IsNullOrWhiteSpace(input.NextActionText))
        {
            db.NextActions.Add(new NextAction(Guid.NewGuid(), input.CustomerId, followUp.Id, ownerId, input.NextActionText.Trim(), due));
        }
        if (lead is not null)
        {
            lead.Qualify(now);
            lead.Convert();
        }
        else
        {
            // A follow-up on a customer also qualifies that customer's open claimed leads of the same owner.
            var claimed = await db.Leads.Where(l => l.CustomerId == input.CustomerId && l.OwnerId == ownerId && l.Status == LeadStatus.Claimed).ToListAsync(ct);
            claimed.ForEach(l => l.Qualify(now));
        }
        db.Publish(new FollowUpLogged(Guid.NewGuid(), now, ownerId, followUp.Id, input.DealId, input.CustomerId, ownerId,
            input.Objective.ToString(), input.ObstacleTags, input.NextActionDue, input.Warning));
        return followUp;
    }
}
