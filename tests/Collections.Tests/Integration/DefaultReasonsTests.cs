using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Application.Reasons;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>The default overdue reasons on a database nobody has touched (its own host: other tests add reasons).</summary>
public sealed class DefaultReasonsTests(OverdueAppFactory app) : IClassFixture<OverdueAppFactory>
{
    [Fact]
    public async Task Given_a_fresh_database_Then_the_four_default_reasons_exist_with_their_playbooks()
    {
        var reasons = await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().OverdueReasons.AsNoTracking()
            .OrderBy(r => r.SortOrder).ToListAsync());

        Assert.Equal(["客户账户异常", "发票未送达", "合同条款争议", "其他"], reasons.Select(r => r.Name));
        Assert.All(reasons, r => Assert.True(r.Active && r.Steps.Count > 0));
        Assert.True(reasons.Single(r => r.Name == "其他").RequiresText);
        var invoice = reasons.Single(r => r.Id == DefaultReasons.InvoiceNotReceived);
        Assert.Equal([(1, Roles.Finance, 1), (2, Roles.Salesperson, 2)], invoice.Steps.Select(s => (s.Order, s.ResponsibleRole, s.DueDays)));
        Assert.Equal("发票号：{invoiceNo}，已重新发送至 {email}", invoice.Steps[0].LinkOrTemplate);
        // Ensuring again (another start) adds nothing.
        var added = await app.InScopeAsync(sp => sp.GetRequiredService<ReasonCommands>().EnsureDefaultsAsync(CancellationToken.None));
        Assert.Equal(0, added);
    }
}
