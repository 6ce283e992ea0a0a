using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Domain.Specifications;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Specification;

namespace SalesSuite.Leads.Application.Assignment;

/// <summary>Managers' assignment use cases: change a source's rule, run it on the pool, reassign a lead with a reason.</summary>
internal sealed class AssignmentCommands(
    LeadsDbContext db, UnitOfWork<LeadsDbContext> uow, AllocationService allocation, RecordAccess access)
{
    public const int PoolBatch = 50;
    public const int MaxReason = 500;

    public async Task SaveRuleAsync(Guid ruleId, AssignmentRuleInput input, CancellationToken ct)
    {
        var rule = await db.AssignmentRules.FirstOrDefaultAsync(r => r.Id == ruleId, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, rule.Version);
        db.Entry(rule).Property(r => r.Version).OriginalValue = input.Version;
        rule.Change(input.AutoAssign, new ScoringWeights(input.Industry, input.WinRate, input.Load), input.Days);
        await uow.CommitAsync("AssignmentRule.Change", ct);
    }

    /// <summary>
    /// Assigns up to <see cref="PoolBatch"/> pool leads of the rule's source to the salespeople the manager may assign
    /// to (a regional manager: their teams); returns how many were assigned.
    /// </summary>
    public async Task<int> RunRuleAsync(Guid ruleId, CancellationToken ct)
    {
        var rule = await db.AssignmentRules.FirstOrDefaultAsync(r => r.Id == ruleId, ct) ?? throw new KeyNotFoundException();
        var leads = await db.Leads.WithSpecification(new PoolLeadsSpec(rule.Source, PoolBatch)).ToListAsync(ct);
        var within = (await access.AssignableAsync(ct)).Select(p => p.Id).ToHashSet();
        var assigned = 0;
        foreach (var lead in leads)
        {
            // Each assignment changes loads, so the next ranking sees the previous ones.
            if (await allocation.AssignByRuleAsync(lead, rule, access.UserId, ct, within))
            {
                assigned++;
                await uow.CommitAsync("Lead.AssignByRule", ct);
            }
        }
        return assigned;
    }

    /// <summary>A manager gives a lead they see to a salesperson they may assign to; returns (company, new owner's name).</summary>
    public async Task<(string Company, string To)> ReassignAsync(Guid leadId, ReassignInput input, CancellationToken ct)
    {
        var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, ct);
        if (lead is null || (lead.OwnerId is not null && !await access.CanSeeAsync(lead.OwnerId, ct)))
        {
            throw new KeyNotFoundException();
        }
        var to = (await access.AssignableAsync(ct)).FirstOrDefault(p => p.Id == input.ToUserId)
            ?? throw new DomainException("Reassign_ReasonRequired");
        var reason = input.Reason!.Trim();
        DomainException.ThrowIf(reason.Length > MaxReason, "Reassign_ReasonTooLong", MaxReason);
        var matched = lead.Industry is { } industry && await db.Customers.AnyAsync(c => c.OwnerId == to.Id && c.Industry == industry, ct);
        allocation.Override(lead, to.Id, reason, access.UserId, matched);
        await uow.CommitAsync("Lead.Reassign", ct);
        return (lead.Company, to.DisplayName);
    }
}
