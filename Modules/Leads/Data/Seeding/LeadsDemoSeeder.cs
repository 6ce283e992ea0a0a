using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Data.Seeding;

/// <summary>
/// Idempotent, fast demo data: scenario-1 pipeline, scenario-2 tags, ~30 leads, ~10 customers, deals, follow-ups, and what #12
/// added (<see cref="DemoReach"/>: contacts, the director's types and fields, risk cards, a person trigger, deviations).
/// </summary>
internal sealed class LeadsDemoSeeder(LeadsDbContext db, IClock clock, IOrganisation organisation)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Pipelines.AnyAsync(ct))
        {
            return;
        }
        var now = clock.GetCurrentInstant();
        var users = (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.UserName, u => u.Id);
        Guid User(string name) => users.TryGetValue(name, out var id) ? id : Guid.Empty;
        db.Settings.Add(new LeadsSettings());
        var position = 0;
        foreach (var (category, values) in DemoTags.All)
        {
            db.TagOptions.AddRange(values.Select(v => new TagOption(Guid.NewGuid(), category, v, ++position)));
        }
        db.AssignmentRules.Add(new AssignmentRule(Guid.NewGuid(), "官网表单", autoAssign: false));
        db.AssignmentRules.Add(new AssignmentRule(Guid.NewGuid(), "展会扫码", autoAssign: false));
        db.AssignmentRules.Add(new AssignmentRule(Guid.NewGuid(), "转介绍", autoAssign: false));
        var pipeline = DemoPipeline.Build();
        db.Pipelines.Add(pipeline);
        var customers = DemoCustomers.Build(now, User);
        DemoCustomers.CompleteProfiles(customers);
        db.Customers.AddRange(customers);
        var leads = DemoLeads.Build(now, User, customers).ToList();
        DemoReach.Add(db, pipeline, customers, now, User);
        var fields = db.ProfileFields.Local.ToList();
        var fieldValues = db.CustomerFieldValues.Local.ToLookup(v => v.CustomerId);
        // Announced like any new customer, so Quotes' and Collections' customer read models know them.
        foreach (var c in customers)
        {
            db.Publish(new CustomerRegistered(
                EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: null, CustomerId: c.Id, Code: c.Code, Name: c.Name,
                OwnerId: c.OwnerId, Industry: c.Industry, CustomerType: c.CustomerType));
            var filled = fieldValues[c.Id].ToDictionary(v => v.FieldId, v => v.Value);
            db.Publish(ProfileEvents.Changed(c, CustomerProfile.Completeness(c, fields, filled), null, now));
        }
        db.Leads.AddRange(leads);
        DemoDeals.Add(db, pipeline, customers, now);
        await db.SaveChangesAsync(ct);
    }
}
