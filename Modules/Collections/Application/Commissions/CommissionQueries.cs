using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>
/// Statements as the reader may see them (filtered in the database): a salesperson their own, a manager their team's,
/// Finance, the GM, the sales director and Admin everyone's. Another's statement is not found (404).
/// </summary>
internal sealed class CommissionQueries(CollectionsDbContext db, CollectionsAccess access, CommissionAccess commissions)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<CommissionStatementRow>> ListAsync(LocalDate? month, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var query = db.CommissionStatements.AsNoTracking().VisibleTo(visibility, s => s.UserId);
        if (month is { } m)
        {
            var start = CommissionStatement.MonthOf(m);
            query = query.Where(s => s.PeriodStart == start);
        }
        var rows = await query.OrderByDescending(s => s.PeriodStart).Take(PageSize)
            .Select(s => new { s.Id, s.UserId, s.PeriodStart, s.Status, s.Collected, s.Total, s.Currency })
            .ToListAsync(ct);
        var names = await access.Records.NamesAsync(ct);
        return rows
            .Select(r => new CommissionStatementRow(
                r.Id, r.UserId, names.GetValueOrDefault(r.UserId, "—"), r.PeriodStart, r.Status, r.Collected, r.Total, r.Currency))
            .OrderByDescending(r => r.PeriodStart).ThenBy(r => r.Person, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The statement with its lines, or null when it does not exist or the reader may not see it.</summary>
    public async Task<CommissionStatementView?> DetailAsync(Guid id, CancellationToken ct)
    {
        var statement = await db.CommissionStatements.AsNoTracking().Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (statement is null || !await access.CanSeeAsync(statement.UserId, ct))
        {
            return null;
        }
        var names = await access.Records.NamesAsync(ct);
        return new CommissionStatementView(
            Statement: statement,
            Person: names.GetValueOrDefault(statement.UserId, "—"),
            ApprovedBy: statement.ApprovedBy is { } by ? names.GetValueOrDefault(by, "—") : null,
            Lines: statement.Lines.OrderBy(l => l.Order).ToList(),
            Breakdown: CommissionStatementView.BreakdownOf(statement.Lines),
            CanApprove: !statement.IsApproved && await commissions.CanApproveAsync(statement.UserId, ct));
    }

    public async Task<CommissionRulesView> RulesAsync(CancellationToken ct)
    {
        var rules = await db.CommissionRules.AsNoTracking().ToListAsync(ct);
        var productLines = await db.ContractLines.AsNoTracking().Select(l => l.ProductLine).Distinct().OrderBy(l => l).Take(50)
            .ToListAsync(ct);
        var customerTypes = await db.Customers.AsNoTracking().Where(c => c.CustomerType != null).Select(c => c.CustomerType!).Distinct()
            .OrderBy(t => t).Take(50).ToListAsync(ct);
        return new CommissionRulesView(
            rules.OrderByDescending(r => r.Specificity).ThenBy(r => r.ProductLine, StringComparer.Ordinal)
                .ThenBy(r => r.CustomerType, StringComparer.Ordinal).ToList(),
            productLines, customerTypes, commissions.CanEditRules);
    }
}
