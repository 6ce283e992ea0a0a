using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Specification;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The quotes list filters in the database: own (or team / all) quotes, plus those with a step for my role.</summary>
public sealed class QuoteListTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task<List<Quote>> VisibleAsync(Guid user, params string[] roles) => DbAsync(factory, async db =>
    {
        var own = new Visibility(user, false, new HashSet<Guid> { user });
        var query = db.Quotes.AsNoTracking().WithSpecification(new QuotesVisibleToSpec(own, roles));
        Assert.Contains("WHERE", query.ToQueryString(), StringComparison.Ordinal); // the filter is SQL, not memory
        return await query.Include(q => q.Steps).ToListAsync();
    });

    [Fact]
    public async Task Given_quotes_of_several_owners_Then_a_salesperson_sees_only_their_own()
    {
        var sales01 = await factory.UserIdAsync("sales01");
        var visible = await VisibleAsync(sales01, Roles.Salesperson);

        Assert.NotEmpty(visible);
        Assert.All(visible, q => Assert.Equal(sales01, q.OwnerId));
        var html = await (await factory.SignInAsync("sales01")).GetStringAsync("/Quotes");
        Assert.Contains("Q-2026-0003", html);       // demo draft of sales01
        Assert.DoesNotContain("Q-2026-0001", html); // sales07's
    }

    [Fact]
    public async Task Given_an_approver_Then_quotes_whose_chain_has_a_step_for_their_role_are_listed_and_drafts_are_not()
    {
        var legal = await factory.UserIdAsync("legal");
        var visible = await VisibleAsync(legal, Roles.Legal);

        Assert.Contains(visible, q => q.Number == "Q-2026-0001");
        Assert.All(visible, q => Assert.Contains(q.Steps, s => s.Role == Roles.Legal));
        var html = await (await factory.SignInAsync("legal")).GetStringAsync("/Quotes");
        Assert.Contains("Q-2026-0001", html);
        Assert.DoesNotContain("Q-2026-0003", html); // a draft has no chain yet
    }
}
