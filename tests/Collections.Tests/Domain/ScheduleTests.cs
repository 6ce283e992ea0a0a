using NodaTime;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

public sealed class ScheduleTests
{
    [Fact]
    public void Given_days_after_acceptance_When_the_contract_is_made_Then_due_dates_count_from_the_acceptance_day()
    {
        var contract = Contract.FromAcceptedQuote("HT-2026-00001",
            Build.Quote(1000m, new("预付款", 300m, null, 0), new("到货款", 600m, null, 30), new("质保金", 100m, null, null)),
            AppFactory.DefaultNow);

        Assert.Equal([new LocalDate(2026, 1, 31), new LocalDate(2026, 3, 2), null], contract.Milestones.Select(r => r.DueDate));
        Assert.Equal([1, 2, 3], contract.Milestones.Select(r => r.Sequence));
        Assert.Equal([MilestoneType.Deposit, MilestoneType.Delivery, MilestoneType.Retention],
            contract.Milestones.Select(r => r.MilestoneType));
    }

    [Fact]
    public void Given_no_milestones_When_the_contract_is_made_Then_it_is_refused()
    {
        Assert.Equal("Receivable_Error_NoMilestones", Assert.Throws<DomainException>(() =>
            Contract.FromAcceptedQuote("HT-2026-00001", Build.Quote(1m), AppFactory.DefaultNow)).Key);
    }

    [Fact]
    public void Given_milestones_that_do_not_add_up_When_the_contract_is_made_Then_it_is_refused()
    {
        var quote = Build.Quote(1000m, new MilestoneTerms("A", 999.99m, null, null));
        Assert.Equal("Contract_Error_ScheduleTotal", Assert.Throws<DomainException>(() =>
            Contract.FromAcceptedQuote("HT-2026-00001", quote, AppFactory.DefaultNow)).Key);
    }

    [Theory]
    [InlineData("100000", new[] { "30", "60", "10" })]
    [InlineData("100", new[] { "1", "1", "1" })]
    [InlineData("0.05", new[] { "1", "1", "1" })]
    [InlineData("99999.99", new[] { "33.3", "33.3", "33.4" })]
    [InlineData("1234567.89", new[] { "7", "11", "13", "17", "52" })]
    public void Given_a_total_and_weights_When_split_Then_every_part_is_whole_fen_and_the_parts_sum_to_the_total(
        string total, string[] weights)
    {
        var parts = ScheduleMath.Split(decimal.Parse(total), weights.Select(decimal.Parse).ToList());

        Assert.Equal(decimal.Parse(total), parts.Sum());
        Assert.All(parts, p => Assert.Equal(decimal.Round(p, 2), p));
        Assert.True(parts.Max() <= decimal.Parse(total), "no part exceeds the total");
        // Each part is its exact share rounded to a neighbouring fen (so none exceeds the total either).
        var weightsSum = weights.Sum(decimal.Parse);
        Assert.All(parts.Select((p, i) => (p, Exact: decimal.Parse(total) * decimal.Parse(weights[i]) / weightsSum)),
            x => Assert.True(Math.Abs(x.p - x.Exact) < 0.01m, $"{x.p} is more than a fen from {x.Exact}"));
    }

    [Fact]
    public void Given_100_in_three_equal_parts_When_split_Then_the_extra_fen_goes_to_the_first_part()
    {
        Assert.Equal([33.34m, 33.33m, 33.33m], ScheduleMath.Split(100m, [1m, 1m, 1m]));
    }

    [Fact]
    public void Given_a_milestone_When_split_with_a_reason_Then_the_schedule_keeps_its_total_and_later_milestones_move_down()
    {
        var contract = Build.Contract(300m, 700m);
        var first = contract.Milestones[0];

        var part = contract.Split(first.Id, 100m, "首付款（二）", Build.Signed.PlusDays(10), "客户分两次付", AppFactory.DefaultNow);

        Assert.Equal(1000m, contract.Milestones.Sum(m => m.Amount));
        Assert.Equal((200m, 1), (first.Amount, first.Sequence));
        Assert.Equal((100m, 2), (part.Amount, part.Sequence));
        Assert.Equal(3, contract.Milestones.Single(m => m.Amount == 700m).Sequence);
    }

    [Fact]
    public void Given_a_schedule_change_without_a_reason_Then_it_is_refused_and_nothing_changes()
    {
        var contract = Build.Contract(300m, 700m);

        Assert.Equal("Contract_Error_ReasonRequired", Assert.Throws<DomainException>(() =>
            contract.MoveDueDate(contract.Milestones[0].Id, Build.Signed.PlusDays(5), " ")).Key);
        Assert.Equal(Build.Signed, contract.Milestones[0].DueDate);
    }

    [Fact]
    public void Given_new_amounts_that_change_the_total_Then_they_are_refused_and_those_that_keep_it_are_taken()
    {
        var contract = Build.Contract(300m, 700m);
        var (a, b) = (contract.Milestones[0].Id, contract.Milestones[1].Id);

        Assert.Equal("Contract_Error_ScheduleTotal", Assert.Throws<DomainException>(() =>
            contract.ChangeAmounts(new Dictionary<Guid, decimal> { [a] = 400m }, "客户要求")).Key);
        contract.ChangeAmounts(new Dictionary<Guid, decimal> { [a] = 400m, [b] = 600m }, "客户要求");

        Assert.Equal([400m, 600m], contract.Milestones.Select(m => m.Amount));
    }
}
