using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application;

/// <summary>Adds a lead (form, CSV, API) to the unit of work: LeadCreated, then auto-assignment when the source's rule says so.</summary>
internal sealed class LeadIntake(LeadsDbContext db, IClock clock, AssignmentService assignment)
{
    public async Task<Lead> CreateAsync(LeadDetails details, Guid? actor, Customer? existingCustomer, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var lead = new Lead(Guid.NewGuid(), details, now);
        if (existingCustomer is not null)
        {
            lead.LinkCustomer(existingCustomer.Id);
            db.AddTimeline(existingCustomer.Id, "Timeline_LeadCreated", actor, now, details.Source);
        }
        db.Leads.Add(lead);
        db.Publish(new LeadCreated(Guid.NewGuid(), now, actor, lead.Id, lead.Source, lead.Tags, existingCustomer?.Id, existingCustomer?.Code));
        var rule = await db.AssignmentRules.FirstOrDefaultAsync(r => r.Source == details.Source, ct);
        if (rule is { AutoAssign: true })
        {
            await assignment.AssignByRuleAsync(lead, rule, actor, ct);
        }
        return lead;
    }
}
