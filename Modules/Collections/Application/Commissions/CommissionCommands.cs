using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Money;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>Monthly commission statements: Finance generates the drafts, the salesperson's manager approves.</summary>
internal sealed class CommissionCommands(
    CollectionsDbContext db, UnitOfWork<CollectionsDbContext> unitOfWork, CollectionsAccess access, CommissionAccess commissions,
    CommissionCashService cash, Notifier<CollectionsDbContext> notifier, BusinessClock business)
{
    /// <summary>
    /// Builds (or rebuilds) the draft statement of every salesperson with cash collected in the month of
    /// <paramref name="month"/> or a clawback due in it. Approved statements are left as they are; a draft with nothing left
    /// (its payments reversed before approval) is removed.
    /// </summary>
    public async Task<CommissionGenerated> GenerateAsync(LocalDate month, CancellationToken ct)
    {
        access.EnsureFinance();
        var start = CommissionStatement.MonthOf(month);
        var end = start.PlusMonths(1).PlusDays(-1);
        DomainException.ThrowIf(start > business.Today, "Commission_Error_FutureMonth");
        var collected = await cash.CollectedAsync(start, end, Money.DefaultCurrency, ct);
        var clawbacks = await cash.ClawbacksAsync(start, end, ct);
        var rules = await db.CommissionRules.AsNoTracking().ToListAsync(ct);
        var statements = await db.CommissionStatements.Include(s => s.Lines).Where(s => s.PeriodStart == start).ToListAsync(ct);
        var people = collected.Select(c => c.OwnerId).Concat(clawbacks.Select(c => c.UserId)).Distinct().ToList();
        var built = 0;
        foreach (var person in people)
        {
            var statement = statements.FirstOrDefault(s => s.UserId == person);
            if (statement?.IsApproved == true)
            {
                continue;
            }
            if (statement is null)
            {
                statement = new CommissionStatement(Guid.NewGuid(), person, start, Money.DefaultCurrency);
                db.CommissionStatements.Add(statement);
            }
            var earned = CommissionCalculator.Earn(collected.Where(c => c.OwnerId == person).Select(c => c.Cash).ToList(), rules);
            statement.Rebuild(earned.Concat(clawbacks.Where(c => c.UserId == person).Select(c => c.Clawback)), access.UserId, business.Now);
            built++;
        }
        db.CommissionStatements.RemoveRange(statements.Where(s => !s.IsApproved && !people.Contains(s.UserId)));
        await unitOfWork.CommitAsync("CommissionStatement.Generate", ct);
        return new CommissionGenerated(start, built, statements.Count(s => s.IsApproved));
    }

    /// <summary>
    /// The manager approves the statement they saw (<paramref name="version"/>); it never changes again and
    /// <c>CommissionStatementApproved</c> is published. A statement whose payment was reversed since it was built must be
    /// generated again first.
    /// </summary>
    public async Task ApproveAsync(Guid id, int version, CancellationToken ct)
    {
        var statement = await db.CommissionStatements.Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new KeyNotFoundException();
        await access.EnsureVisibleAsync(statement.UserId, ct);
        if (!await commissions.CanApproveAsync(statement.UserId, ct))
        {
            throw new UnauthorizedAccessException();
        }
        StaleEditException.ThrowIfChanged(version, statement.Version);
        db.Entry(statement).Property(s => s.Version).OriginalValue = version;
        var allocations = statement.Lines.Where(l => l.Kind == CommissionLineKind.Earned).Select(l => l.AllocationId).Distinct().ToList();
        DomainException.ThrowIf(
            await db.Allocations.AnyAsync(a => allocations.Contains(a.Id) && a.ReversedAt != null, ct), "Commission_Error_Regenerate");
        var now = business.Now;
        statement.Approve(access.UserId, business.Today, now);
        db.Publish(new CommissionStatementApproved(
            EventId: Guid.NewGuid(),
            OccurredAt: now,
            ActorUserId: access.UserId,
            StatementId: statement.Id,
            UserId: statement.UserId,
            PeriodStart: statement.PeriodStart,
            Amount: statement.Total,
            Currency: statement.Currency));
        notifier.ToUser(statement.UserId, "Commission_Notify_Approved", CollectionsLinks.Statement(statement.Id), access.UserId,
            CommissionMonth.Format(statement.PeriodStart), new Money(statement.Total, statement.Currency).Format());
        await unitOfWork.CommitAsync("CommissionStatement.Approve", ct);
    }
}
