using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;

namespace SalesSuite.Quotes.Tests.Domain.Offer;

public sealed class InstalmentPlanTests
{
    private static readonly LocalDate Signing = new(2026, 11, 23);

    [Theory]
    [InlineData("100000.00")]
    [InlineData("100.01")]
    [InlineData("99999.99")]
    [InlineData("1234567.89")]
    [InlineData("0.05")]
    public void Given_any_gross_amount_When_each_plan_is_applied_Then_the_instalments_add_up_exactly_to_the_fen(string amount)
    {
        var gross = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var plan in InstalmentPlans.All)
        {
            var instalments = plan.For(gross, Signing);

            Assert.Equal(gross, instalments.Sum(i => i.Amount));
            Assert.All(instalments, i => Assert.Equal(Math.Round(i.Amount, 2), i.Amount));
            Assert.Equal(100m, plan.Items.Sum(i => i.Percent));
        }
    }

    [Fact]
    public void Given_a_third_each_When_split_Then_the_last_instalment_takes_the_remaining_fen()
    {
        var items = new List<PaymentItem> { new("一", 33.33m, 0), new("二", 33.33m, 30), new("三", 33.34m, 60) };

        var instalments = Instalments.Of(items, 100.00m, Signing);

        Assert.Equal([33.33m, 33.33m, 33.34m], instalments.Select(i => i.Amount));
        Assert.Equal(100.00m, Instalments.Of(items, 100.00m, Signing).Sum(i => i.Amount));
        Assert.Equal(10m, Instalments.Of([new("一", 50m, 0), new("二", 50m, 0)], 10m, Signing).Sum(i => i.Amount));
    }

    [Fact]
    public void Given_the_three_plans_Then_standard_front_loaded_and_longer_differ_as_named_and_dates_count_from_signing()
    {
        var standard = InstalmentPlans.Of(InstalmentPlanKind.Standard).For(100_000m, Signing);
        var front = InstalmentPlans.Of(InstalmentPlanKind.FrontLoaded).For(100_000m, Signing);
        var longer = InstalmentPlans.Of(InstalmentPlanKind.Longer).For(100_000m, Signing);

        Assert.True(front[0].Amount > standard[0].Amount, "front-loaded asks more on signing");
        Assert.True(longer[^1].DueDate > standard[^1].DueDate, "the longer plan ends later");
        Assert.Equal(Signing, standard[0].DueDate);
        Assert.Equal(Signing.PlusDays(90), standard[2].DueDate);
        Assert.Equal(InstalmentPlanKind.Standard, InstalmentPlans.Matching(PaymentScheduleText.Default));
        Assert.Null(InstalmentPlans.Matching([new("全款", 100m, 0)]));
    }

    [Fact]
    public void Given_a_draft_When_a_plan_is_chosen_Then_it_becomes_the_schedule_and_a_submitted_quote_refuses()
    {
        var quote = TestQuotes.Draft();

        quote.ChooseInstalmentPlan(InstalmentPlans.Of(InstalmentPlanKind.Longer), TestQuotes.Now);
        Assert.Equal(InstalmentPlanKind.Longer, InstalmentPlans.Matching(quote.Schedule));

        quote.Submit(Guid.NewGuid(), TestQuotes.Chain(), TestQuotes.Today, TestQuotes.Now, null);
        Assert.Equal(InstalmentPlanKind.Longer, InstalmentPlans.Matching(quote.LatestVersion!.Schedule));
        var refused = Assert.Throws<SalesSuite.SharedKernel.Domain.DomainException>(
            () => quote.ChooseInstalmentPlan(InstalmentPlans.Of(InstalmentPlanKind.Standard), TestQuotes.Now));
        Assert.Equal("Offer_Error_PlanNotDraft", refused.Key);
    }
}
