using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Tests.Domain;

/// <summary>The list's criteria, in memory (the same expressions EF translates; the database test is QuoteListTests).</summary>
public sealed class QuoteSpecsTests
{
    private static readonly Guid Other = Guid.NewGuid();

    private static Quote DraftOf(Guid owner) =>
        new(Guid.NewGuid(), "Q-" + owner.ToString()[..4], TestQuotes.Deal(owner), PublicToken.New(), TestQuotes.Today.PlusDays(30), TestQuotes.Now);

    private static Quote SubmittedOf(Guid owner)
    {
        var quote = DraftOf(owner);
        quote.Edit([TestQuotes.Line()], "条款", PaymentScheduleText.Default, TestQuotes.Today.PlusDays(30), false, "", TestQuotes.Now);
        quote.Submit(owner, TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        return quote;
    }

    private static Visibility Own(Guid user) => new(user, false, new HashSet<Guid> { user });

    [Fact]
    public void Given_a_salesperson_Then_only_their_own_quotes_are_visible()
    {
        var own = DraftOf(TestQuotes.Owner);
        var quotes = new[] { own, DraftOf(Other), SubmittedOf(Other) };

        var visible = new QuotesVisibleToSpec(Own(TestQuotes.Owner), [Roles.Salesperson]).Evaluate(quotes).ToList();

        Assert.Equal([own], visible);
    }

    [Fact]
    public void Given_an_approver_Then_quotes_with_a_step_for_their_role_are_visible_too()
    {
        var submitted = SubmittedOf(Other);
        var legal = Guid.NewGuid();

        var visible = new QuotesVisibleToSpec(Own(legal), [Roles.Legal]).Evaluate([DraftOf(Other), submitted]).ToList();

        Assert.Equal([submitted], visible);
    }

    [Fact]
    public void Given_someone_who_sees_all_Then_every_quote_is_visible()
    {
        var all = new Visibility(Guid.NewGuid(), true, new HashSet<Guid>());
        Assert.Equal(3, new QuotesVisibleToSpec(all, []).Evaluate([DraftOf(Other), SubmittedOf(Other), DraftOf(TestQuotes.Owner)]).Count());
    }

    [Fact]
    public void Given_a_submitted_quote_Then_only_the_active_steps_role_finds_it_in_its_queue()
    {
        var steps = SubmittedOf(Other).Steps;

        Assert.Single(new ActiveStepsForRolesSpec([Roles.Tech]).Evaluate(steps));
        Assert.Empty(new ActiveStepsForRolesSpec([Roles.Legal, Roles.Finance]).Evaluate(steps));
    }

    [Fact]
    public void Given_a_step_past_its_SLA_Then_it_is_overdue_until_its_breach_is_recorded()
    {
        var step = SubmittedOf(Other).ActiveStep!;
        var later = TestQuotes.Now + step.Sla + NodaTime.Duration.FromMinutes(1);

        Assert.Empty(new OverdueStepsSpec(TestQuotes.Now).Evaluate([step]));
        Assert.Single(new OverdueStepsSpec(later).Evaluate([step]));
        step.MarkBreached(later);
        Assert.Empty(new OverdueStepsSpec(later).Evaluate([step]));
    }

    [Fact]
    public void Given_a_quote_in_approval_Then_it_expires_only_after_its_validity()
    {
        var quote = SubmittedOf(Other);

        Assert.Empty(new ExpiringQuotesSpec(quote.ValidUntil).Evaluate([quote, DraftOf(Other)]));
        Assert.Single(new ExpiringQuotesSpec(quote.ValidUntil.PlusDays(1)).Evaluate([quote, DraftOf(Other)]));
    }
}
