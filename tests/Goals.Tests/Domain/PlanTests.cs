using NodaTime;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Tests.Domain;

public sealed class PlanTests
{
    private static readonly LocalDate Monday = new(2026, 11, 23);
    private static readonly Guid Key = Guid.NewGuid();
    private static readonly Guid Prospect = Guid.NewGuid();
    private static readonly Guid Collab = Guid.NewGuid();
    private static readonly PlanNeed[] Template = [new(Key, 3), new(Prospect, 5), new(Collab, 2)];

    [Fact]
    public void Given_no_contract_When_quantities_are_set_Then_the_template_stands()
    {
        var needs = PlanGenerator.Quantities(Template, []);
        Assert.Equal([3, 5, 2], needs.Select(n => n.Quantity));
    }

    [Fact]
    public void Given_a_quarter_owing_40_visits_with_10_done_and_5_weeks_left_When_quantities_are_set_Then_visits_rise_to_6()
    {
        var weeks = PlanGenerator.RemainingWeeks(new LocalDate(2026, 11, 30), new LocalDate(2026, 12, 31));
        Assert.Equal(5, weeks);
        var perWeek = PlanGenerator.PerWeek(40, 10, weeks);
        Assert.Equal(6, perWeek);
        var needs = PlanGenerator.Quantities(Template, [new PlanNeed(Key, perWeek), new PlanNeed(Prospect, 1)]);
        Assert.Equal([6, 5, 2], needs.Select(n => n.Quantity));
    }

    [Fact]
    public void Given_owed_31_over_5_weeks_When_spread_Then_it_rounds_up_and_a_met_contract_asks_nothing()
    {
        Assert.Equal(7, PlanGenerator.PerWeek(31, 0, 5));
        Assert.Equal(0, PlanGenerator.PerWeek(10, 12, 3));
        Assert.Equal(1, PlanGenerator.RemainingWeeks(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void Given_a_contract_only_type_When_quantities_are_set_Then_it_is_added_after_the_template()
    {
        var other = Guid.NewGuid();
        var needs = PlanGenerator.Quantities(Template, [new PlanNeed(other, 4)]);
        Assert.Equal(other, needs[^1].ActionTypeId);
        Assert.Equal(4, needs[^1].Quantity);
    }

    [Fact]
    public void Given_the_template_When_spread_Then_ten_items_two_a_day_monday_to_friday()
    {
        var items = PlanGenerator.Spread(Monday, PlanGenerator.Quantities(Template, []), Key, []);
        Assert.Equal(10, items.Count);
        Assert.All(items.GroupBy(i => i.Day), g => Assert.Equal(2, g.Count()));
        Assert.All(items, i => Assert.InRange(i.Day, Monday, Monday.PlusDays(4)));
        Assert.Equal([Monday, Monday.PlusDays(1), Monday.PlusDays(2)], items.Where(i => i.ActionTypeId == Key).Select(i => i.Day));
    }

    [Fact]
    public void Given_four_key_customers_When_two_weeks_are_generated_Then_visits_rotate_through_them()
    {
        var customers = Enumerable.Range(1, 4).Select(n => new KeyCustomerRef(Guid.NewGuid(), "客户" + n, n == 1 ? "骨科" : null)).ToList();
        var week1 = PlanGenerator.Spread(Monday, [new PlanNeed(Key, 3)], Key, customers);
        var week2 = PlanGenerator.Spread(Monday.PlusDays(7), [new PlanNeed(Key, 3)], Key, customers);

        var first = customers.FindIndex(c => c.Id == week1[0].CustomerId);
        Assert.Equal([customers[first].Id, customers[(first + 1) % 4].Id, customers[(first + 2) % 4].Id], week1.Select(i => i.CustomerId));
        Assert.Equal(customers[(first + 3) % 4].Id, week2[0].CustomerId);
        Assert.Equal("骨科", week1.Concat(week2).First(i => i.CustomerId == customers[0].Id).ProductLine);
    }

    [Fact]
    public void Given_items_and_evidence_When_assigned_Then_a_customer_item_needs_its_customer_and_each_evidence_counts_once()
    {
        var plan = new WeeklyPlan(Guid.NewGuid(), Guid.NewGuid(), Monday, Instant.FromUtc(2026, 11, 23, 1, 0));
        var customer = Guid.NewGuid();
        var at = plan.CreatedAt;
        var keyItem = plan.Add(Monday, Key, customer, "浙江省人民医院", null, null, at);
        var p1 = plan.Add(Monday, Prospect, null, null, null, null, at);
        var p2 = plan.Add(Monday, Prospect, null, null, null, null, at);
        var tuesday = plan.Add(Monday.PlusDays(1), Prospect, null, null, null, null, at);

        var done = PlanProgress.Assign(plan.Items,
        [
            new MatchRef(Guid.NewGuid(), Key, Monday, Guid.NewGuid()),
            new MatchRef(Guid.NewGuid(), Prospect, Monday, Guid.NewGuid()),
        ]);

        Assert.False(done.ContainsKey(keyItem.Id));
        Assert.Single(done.Keys, k => k == p1.Id || k == p2.Id);
        Assert.False(done.ContainsKey(tuesday.Id));
        Assert.True(PlanProgress.Assign(plan.Items, [new MatchRef(Guid.NewGuid(), Key, Monday, customer)]).ContainsKey(keyItem.Id));
    }

    [Fact]
    public void Given_counts_When_the_rate_is_computed_Then_it_is_a_percent_with_one_decimal_and_null_without_a_plan()
    {
        Assert.Equal(33.3m, PlanProgress.Rate(1, 3));
        Assert.Equal(100m, PlanProgress.Rate(2, 2));
        Assert.Null(PlanProgress.Rate(0, 0));
    }

    private static HashSet<LocalDate> Days(params int[] offsets) => offsets.Select(o => Monday.PlusDays(o)).ToHashSet();

    [Fact]
    public void Given_three_planned_days_missed_When_checked_the_next_day_Then_a_streak_ends_on_the_third()
    {
        var planned = Days(0, 1, 2, 3, 4);
        var streak = MissedStreak.Find(planned, Days(0, 1, 2), Days(), Monday.PlusDays(3), 3);
        Assert.Equal((Monday, Monday.PlusDays(2)), streak);
        Assert.Null(MissedStreak.Find(planned, Days(0, 1, 2), Days(), Monday.PlusDays(2), 3));
    }

    [Fact]
    public void Given_a_done_day_in_the_run_When_checked_Then_there_is_no_streak()
    {
        Assert.Null(MissedStreak.Find(Days(0, 1, 2), Days(0, 1, 2), Days(1), Monday.PlusDays(3), 3));
    }

    [Fact]
    public void Given_thursday_friday_and_monday_missed_When_checked_on_tuesday_Then_the_weekend_does_not_break_it()
    {
        var planned = Days(-4, -3, 0, -2, -1);
        var streak = MissedStreak.Find(planned, Days(-4, -3, 0, -2, -1), Days(), Monday.PlusDays(1), 3);
        Assert.Equal((Monday.PlusDays(-4), Monday), streak);
    }

    [Fact]
    public void Given_a_planned_day_without_the_action_When_checked_Then_it_breaks_the_run()
    {
        Assert.Null(MissedStreak.Find(Days(0, 1, 2), Days(0, 2), Days(), Monday.PlusDays(3), 3));
    }
}
