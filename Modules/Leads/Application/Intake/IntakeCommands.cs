using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Application.Assignment;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application.Intake;

/// <summary>
/// A lead comes in (form or API): LeadCreated, then auto-assignment when the source's rule says so. The CSV import
/// adds many through <c>AddAsync</c> in its own unit of work.
/// </summary>
internal sealed class IntakeCommands(
    LeadsDbContext db, UnitOfWork<LeadsDbContext> uow, AllocationService allocation, CustomerRegistrationService customers,
    RecordAccess access, IClock clock)
{
    /// <summary>The intake form: warns about duplicates (link one or confirm new) before anything is saved.</summary>
    public async Task<IntakeResult> SubmitAsync(IntakeInput input, CancellationToken ct)
    {
        DomainException.ThrowIf(!await SourceKnownAsync(input.Source ?? "", ct), "Intake_SourceUnknown");
        var details = input.ToDetails();
        var duplicates = await customers.FindDuplicatesAsync(details, ct);
        var link = input.LinkCustomerId is { } linkId ? duplicates.FirstOrDefault(d => d.Id == linkId) : null;
        if (duplicates.Count > 0 && link is null && !input.ConfirmNew)
        {
            return new IntakeResult(null, duplicates);
        }
        var lead = await AddAsync(details, access.UserId, link, ct);
        await uow.CommitAsync("Lead.Intake", ct);
        return new IntakeResult(lead, []);
    }

    /// <summary>The API (source from the key): a likely duplicate customer is linked and named in the answer.</summary>
    public async Task<(Guid LeadId, string? DuplicateCode)> FromApiAsync(LeadDetails details, CancellationToken ct)
    {
        var duplicate = (await customers.FindDuplicatesAsync(details, ct)).FirstOrDefault();
        var lead = await AddAsync(details, null, duplicate, ct);
        await uow.CommitAsync("Lead.ApiIntake", ct);
        return (lead.Id, duplicate?.Code);
    }

    /// <summary>Adds one lead to the current unit of work (the caller commits).</summary>
    public async Task<Lead> AddAsync(LeadDetails details, Guid? actor, Customer? existingCustomer, CancellationToken ct) =>
        await AddAsync(details, actor, existingCustomer, await db.AssignmentRules.FirstOrDefaultAsync(r => r.Source == details.Source, ct), ct);

    /// <summary>Many leads (an import): the assignment rules are read once, not once per row.</summary>
    public async Task<IReadOnlyDictionary<string, AssignmentRule>> RulesBySourceAsync(CancellationToken ct) =>
        (await db.AssignmentRules.ToListAsync(ct)).DistinctBy(r => r.Source).ToDictionary(r => r.Source);

    /// <summary>Adds one lead with its source's assignment <paramref name="rule"/> (null: none) to the current unit of work.</summary>
    public async Task<Lead> AddAsync(LeadDetails details, Guid? actor, Customer? existingCustomer, AssignmentRule? rule, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var lead = new Lead(Guid.NewGuid(), details, now);
        if (existingCustomer is not null)
        {
            lead.LinkCustomer(existingCustomer.Id);
            db.AddTimeline(existingCustomer.Id, "Timeline_LeadCreated", actor, now, details.Source);
        }
        db.Leads.Add(lead);
        db.Publish(new LeadCreated(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, LeadId: lead.Id, Source: lead.Source, Tags: lead.Tags,
            CustomerId: existingCustomer?.Id, CustomerCode: existingCustomer?.Code));
        if (rule is { AutoAssign: true })
        {
            await allocation.AssignByRuleAsync(lead, rule, actor, ct);
        }
        return lead;
    }

    private Task<bool> SourceKnownAsync(string source, CancellationToken ct) =>
        db.TagOptions.AnyAsync(t => t.Category == TagCategory.Source && t.Value == source, ct);
}
