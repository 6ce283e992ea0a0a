using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Tests.Domain.Offer;

/// <summary>The configurable instalment plans: defaults until saved; shares add up to 100 %, days ascend.</summary>
public sealed class InstalmentPlanSettingsTests
{
    private static List<InstalmentPlan> With(InstalmentPlanKind kind, params PaymentItem[] items) =>
        InstalmentPlans.All.Select(p => p.Kind == kind ? new InstalmentPlan(kind, items) : p).ToList();

    [Fact]
    public void Given_nothing_saved_Then_the_built_in_plans_apply_and_match_the_default_schedule()
    {
        var settings = new InstalmentPlanSettings();

        Assert.Equal(InstalmentPlans.All.Select(p => p.Kind), settings.Plans.Select(p => p.Kind));
        Assert.Equal(InstalmentPlanKind.Standard, settings.Matching(PaymentScheduleText.Default));
    }

    [Fact]
    public void Given_a_changed_front_loaded_plan_When_saved_Then_it_is_read_back_and_a_schedule_matching_it_is_recognised()
    {
        var settings = new InstalmentPlanSettings();
        PaymentItem[] items = [new("预付款", 40m, 0), new("发货款", 50m, 45), new("验收款", 10m, 90)];

        settings.Change(With(InstalmentPlanKind.FrontLoaded, items));

        Assert.Equal(items, settings.Of(InstalmentPlanKind.FrontLoaded).Items);
        Assert.Equal(InstalmentPlanKind.FrontLoaded, settings.Matching(items));
        Assert.Null(settings.Matching(InstalmentPlans.Of(InstalmentPlanKind.FrontLoaded).Items));
        Assert.Equal(100_000m, settings.Of(InstalmentPlanKind.FrontLoaded).For(100_000m, new(2026, 11, 23)).Sum(i => i.Amount));
    }

    [Theory]
    [InlineData("Gap_Plans_Error_Sum", 30, 0, 60, 30, 9.99)]
    [InlineData("Gap_Plans_Error_Days", 30, 30, 60, 30, 10)]
    [InlineData("Gap_Plans_Error_Days", 30, 60, 60, 30, 10)]
    [InlineData("Gap_Plans_Error_Percent", 30.005, 0, 60, 30, 9.995)]
    [InlineData("Gap_Plans_Error_Percent", 0, 0, 90, 30, 10)]
    [InlineData("Gap_Plans_Error_DaysRange", 30, -1, 60, 30, 10)]
    public void Given_a_plan_that_breaks_a_rule_When_saved_Then_it_is_refused_and_nothing_changes(
        string key, double first, int firstDays, double second, int secondDays, double third)
    {
        var settings = new InstalmentPlanSettings();
        PaymentItem[] items =
            [new("一", (decimal)first, firstDays), new("二", (decimal)second, secondDays), new("三", (decimal)third, 90)];

        var refused = Assert.Throws<DomainException>(() => settings.Change(With(InstalmentPlanKind.Standard, items)));

        Assert.Equal(key, refused.Key);
        Assert.Null(settings.PlansJson);
    }

    [Fact]
    public void Given_a_missing_plan_an_empty_one_or_a_blank_name_When_saved_Then_each_is_refused()
    {
        var settings = new InstalmentPlanSettings();

        Assert.Equal("Gap_Plans_Error_Plans",
            Assert.Throws<DomainException>(() => settings.Change(InstalmentPlans.All.Take(2).ToList())).Key);
        Assert.Equal("Gap_Plans_Error_Count",
            Assert.Throws<DomainException>(() => settings.Change(With(InstalmentPlanKind.Longer))).Key);
        Assert.Equal("Gap_Plans_Error_Name",
            Assert.Throws<DomainException>(() => settings.Change(With(InstalmentPlanKind.Longer, new PaymentItem(" ", 100m, 0)))).Key);
    }
}
