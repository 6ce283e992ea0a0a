using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>The sales director, Finance or Admin add, change and delete commission rules (one rule per scope).</summary>
internal sealed class CommissionRuleCommands(CollectionsDbContext db, UnitOfWork<CollectionsDbContext> unitOfWork, CommissionAccess access)
{
    public async Task AddAsync(CommissionRuleInput input, CancellationToken ct)
    {
        access.EnsureRuleEditor();
        var rules = await db.CommissionRules.ToListAsync(ct);
        DomainException.ThrowIf(rules.Any(r => r.SameScope(input.ProductLine, input.CustomerType)), "CommissionRule_Error_Duplicate");
        db.CommissionRules.Add(new CommissionRule(Guid.NewGuid(), input.ProductLine, input.CustomerType, input.BaseRate ?? 0m, input.TierList()));
        await unitOfWork.CommitAsync("CommissionRule.Add", ct);
    }

    /// <summary>Changes the rule as the editor saw it (<see cref="CommissionRuleInput.Version"/>).</summary>
    public async Task SaveAsync(Guid id, CommissionRuleInput input, CancellationToken ct)
    {
        access.EnsureRuleEditor();
        var rules = await db.CommissionRules.ToListAsync(ct);
        var rule = rules.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, rule.Version);
        db.Entry(rule).Property(r => r.Version).OriginalValue = input.Version;
        DomainException.ThrowIf(
            rules.Any(r => r.Id != id && r.SameScope(input.ProductLine, input.CustomerType)), "CommissionRule_Error_Duplicate");
        rule.Change(input.ProductLine, input.CustomerType, input.BaseRate ?? 0m, input.TierList());
        // The tiers live in a JSON column: a change to them alone must still step the rule's version.
        db.Entry(rule).Property(r => r.Version).IsModified = true;
        await unitOfWork.CommitAsync("CommissionRule.Change", ct);
    }

    public async Task DeleteAsync(Guid id, int version, CancellationToken ct)
    {
        access.EnsureRuleEditor();
        var rule = await db.CommissionRules.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(version, rule.Version);
        db.Entry(rule).Property(r => r.Version).OriginalValue = version;
        db.CommissionRules.Remove(rule);
        await unitOfWork.CommitAsync("CommissionRule.Delete", ct);
    }
}
