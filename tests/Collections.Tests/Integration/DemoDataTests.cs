using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

public sealed class CollectionsDemoAppFactory : AppFactory
{
    protected override bool CollectionsDemoData => true;
}

/// <summary>The demo story the README promises: scenario 3's contract, overdue under each reason, a closed loop, a statement.</summary>
public sealed class DemoDataTests(CollectionsDemoAppFactory app) : IClassFixture<CollectionsDemoAppFactory>
{
    [Fact]
    public async Task Given_the_demo_When_seeded_Then_collections_tells_scenario_3_and_the_overdue_story()
    {
        await app.DrainOutboxesAsync();
        var (contracts, reasons, statements, payments) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            return (await db.Contracts.AsNoTracking().Include(c => c.Milestones).ToListAsync(),
                await db.Receivables.AsNoTracking().Where(r => r.OverdueReasonId != null)
                    .Join(db.OverdueReasons, r => r.OverdueReasonId, o => o.Id, (r, o) => o.Name).ToListAsync(),
                await db.CommissionStatements.AsNoTracking().ToListAsync(),
                await db.Payments.AsNoTracking().ToListAsync());
        });

        var ruikang = Assert.Single(contracts, c => c.SourceVersion == "V3.2");
        Assert.Equal(940_200m, ruikang.Milestones.Sum(m => m.Amount));
        Assert.Equal(
            [ReceivableStatus.Paid, ReceivableStatus.Reported, ReceivableStatus.Open, ReceivableStatus.Open],
            ruikang.Milestones.OrderBy(m => m.Sequence).Select(m => m.Status));
        Assert.Null(ruikang.Milestones.Single(m => m.Sequence == 4).DueDate);
        Assert.Equal(new[] { "其他", "合同条款争议", "客户账户异常", "发票未送达" }.Order(), reasons.Order());
        Assert.Contains(contracts, c => c.ClosedLoopAt is not null);
        Assert.Contains(payments, p => p.Status == PaymentStatus.Reversed);
        Assert.Equal(CommissionStatementStatus.Approved, Assert.Single(statements).Status);
        Assert.True(Assert.Single(statements).Total > 0);
    }
}
