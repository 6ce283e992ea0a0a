using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Tests.Domain;

public sealed class RewardSplitTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 20, 6, 5);

    private static RewardPerson Done(string name, int minutes) => new(Guid.NewGuid(), name, true, T0.Plus(Duration.FromMinutes(minutes)));

    private static RewardPerson Open(string name) => new(Guid.NewGuid(), name, true, null);

    private static RewardPerson NoContract(string name) => new(Guid.NewGuid(), name, false, null);

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<RewardPerson> People(int count, Func<int, RewardPerson> make) => Enumerable.Range(1, count).Select(make).ToList();

    [Fact]
    public void Given_an_excess_with_a_fraction_of_a_fen_When_calculated_Then_the_pool_is_rounded_down_to_the_fen()
    {
        // 5 % of 1,234.57 = 61.7285 → 61.72 (never rounded up: the company does not pay what was not earned)
        var outcome = RewardSplit.Calculate(10_000m, 11_234.57m, 5m, 10m, [Done("甲", 0)]);

        Assert.Equal(1_234.57m, outcome.AboveTarget);
        Assert.Equal(61.72m, outcome.Pool);
        Assert.Equal(PoolStatus.Assigned, outcome.Status);
        Assert.Equal(61.72m, Assert.Single(outcome.Lines).Amount);
    }

    [Fact]
    public void Given_a_pool_of_100_and_three_winners_When_split_Then_33_34_33_33_33_33_adding_up_with_the_extra_fen_to_the_earliest()
    {
        // Excess 2,000 × 5 % = 100.00; 30 people × 10 % = 3 winners.
        var people = People(30, i => i <= 3 ? Done($"p{i:00}", 10 - i) : Open($"p{i:00}"));

        var outcome = RewardSplit.Calculate(1_000_000m, 1_002_000m, 5m, 10m, people);

        Assert.Equal(100.00m, outcome.Pool);
        Assert.Equal(3, outcome.TopCount);
        var winners = outcome.Lines.Where(l => l.Reason == RewardReason.Winner).ToList();
        Assert.Equal(["p03", "p02", "p01"], winners.Select(w => w.Name));
        Assert.Equal([33.34m, 33.33m, 33.33m], winners.Select(w => w.Amount));
        Assert.Equal([true, false, false], winners.Select(w => w.ExtraFen));
        Assert.Equal(33.33m, outcome.Each);
        Assert.Equal(1, outcome.RemainderFen);
        Assert.Equal(outcome.Pool, outcome.Lines.Sum(l => l.Amount));
    }

    [Theory]
    [InlineData("1000000", "1250000.01", "5", "10", 40)]
    [InlineData("0.01", "999999.99", "7.5", "33", 7)]
    [InlineData("100", "100.21", "5", "100", 3)]
    public void Given_any_pool_When_split_Then_the_lines_add_up_to_it_exactly(
        string targetText, string actualText, string shareText, string topText, int completers)
    {
        var (target, actual, share, top) = (Dec(targetText), Dec(actualText), Dec(shareText), Dec(topText));
        var people = People(completers + 2, i => i <= completers ? Done($"p{i:00}", i) : Open($"p{i:00}"));

        var outcome = RewardSplit.Calculate(target, actual, share, top, people);

        Assert.Equal(outcome.Pool, outcome.Lines.Sum(l => l.Amount));
        Assert.All(outcome.Lines, l => Assert.Equal(l.Amount, decimal.Round(l.Amount, 2)));
        var amounts = outcome.Lines.Where(l => l.Reason == RewardReason.Winner).Select(l => l.Amount).ToList();
        Assert.True(amounts.Max() - amounts.Min() <= 0.01m);
    }

    [Fact]
    public void Given_two_people_tied_at_the_cutoff_When_split_Then_both_are_in_and_the_pool_is_shared_by_all_winners()
    {
        // 20 people × 10 % = 2 winners; the 2nd and 3rd completed at the same instant: all three are in.
        var people = new List<RewardPerson> { Done("赵", 0), Done("钱", 5), Done("孙", 5), Done("李", 9) };
        people.AddRange(People(16, i => Open($"x{i:00}")));

        var outcome = RewardSplit.Calculate(100_000m, 100_200m, 5m, 10m, people);

        Assert.Equal(2, outcome.TopCount);
        Assert.Equal(3, outcome.Winners);
        var winners = outcome.Lines.Where(l => l.Reason == RewardReason.Winner).ToList();
        Assert.Equal(["赵", "孙", "钱"], winners.Select(w => w.Name)); // same instant: by name (ordinal) for display
        Assert.Equal([1, 2, 2], winners.Select(w => w.Rank!.Value));
        Assert.Equal([3.34m, 3.33m, 3.33m], winners.Select(w => w.Amount));
        var fourth = outcome.Lines.Single(l => l.Name == "李");
        Assert.Equal(RewardReason.OutsideTop, fourth.Reason);
        Assert.Equal(4, fourth.Rank);
        Assert.Equal(0m, fourth.Amount);
    }

    [Fact]
    public void Given_9_people_and_top_10_percent_When_split_Then_one_person_wins()
    {
        var people = People(9, i => Done($"p{i}", i));

        var outcome = RewardSplit.Calculate(100m, 200m, 5m, 10m, people);

        Assert.Equal(1, outcome.TopCount);
        var winner = Assert.Single(outcome.Lines, l => l.Reason == RewardReason.Winner);
        Assert.Equal("p1", winner.Name);
        Assert.Equal(5.00m, winner.Amount);
        Assert.Equal(8, outcome.Lines.Count(l => l.Reason == RewardReason.OutsideTop));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(39, 4)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    public void Given_a_headcount_When_top_10_percent_Then_rounded_up_and_at_least_one(int headcount, int expected)
    {
        var outcome = RewardSplit.Calculate(100m, 200m, 5m, 10m, People(headcount, i => Open($"p{i}")));

        Assert.Equal(expected, outcome.TopCount);
    }

    [Theory]
    [InlineData("1000000", "1000000")]
    [InlineData("1000000", "999999.99")]
    public void Given_an_actual_not_above_the_target_When_calculated_Then_there_is_no_pool_and_the_reason_says_so(
        string targetText, string actualText)
    {
        var (target, actual) = (Dec(targetText), Dec(actualText));
        var outcome = RewardSplit.Calculate(target, actual, 5m, 10m, [Done("甲", 0), Open("乙")]);

        Assert.Equal(0m, outcome.Pool);
        Assert.Equal(0m, outcome.AboveTarget);
        Assert.Equal(PoolStatus.NotExceeded, outcome.Status);
        Assert.All(outcome.Lines, l => Assert.Equal(0m, l.Amount));
        // Nobody "wins" ¥0.00: the completer is listed with the no-pool reason.
        Assert.Equal(0, outcome.Winners);
        Assert.Equal(RewardReason.NoPool, outcome.Lines.Single(l => l.Name == "甲").Reason);
    }

    [Fact]
    public void Given_a_pool_and_nobody_completed_When_split_Then_the_pool_stays_unassigned_and_every_line_says_why()
    {
        var outcome = RewardSplit.Calculate(100m, 300m, 5m, 10m, [Open("乙"), NoContract("丙"), Open("甲")]);

        Assert.Equal(10.00m, outcome.Pool);
        Assert.Equal(PoolStatus.Unassigned, outcome.Status);
        Assert.Equal(0, outcome.Winners);
        Assert.Equal(0m, outcome.Paid);
        Assert.Equal([("乙", RewardReason.NotCompleted), ("甲", RewardReason.NotCompleted), ("丙", RewardReason.NoContract)],
            outcome.Lines.Select(l => (l.Name, l.Reason)));
    }

    [Fact]
    public void Given_a_share_that_rounds_to_nothing_When_calculated_Then_the_pool_is_empty_with_its_own_reason()
    {
        var outcome = RewardSplit.Calculate(100m, 100.10m, 5m, 10m, [Done("甲", 0)]);

        Assert.Equal(0.10m, outcome.AboveTarget);
        Assert.Equal(0m, outcome.Pool);
        Assert.Equal(PoolStatus.Empty, outcome.Status);
    }

    [Fact]
    public void Given_everyone_in_scope_When_split_Then_each_gets_exactly_one_line_winners_first()
    {
        var people = new List<RewardPerson> { NoContract("丁"), Open("丙"), Done("乙", 3), Done("甲", 1) };

        var outcome = RewardSplit.Calculate(0m, 1_000m, 5m, 25m, people);

        Assert.Equal(people.Select(p => p.UserId).Order(), outcome.Lines.Select(l => l.UserId).Order());
        Assert.Equal([RewardReason.Winner, RewardReason.OutsideTop, RewardReason.NotCompleted, RewardReason.NoContract],
            outcome.Lines.Select(l => l.Reason));
        Assert.Equal("甲", outcome.Lines[0].Name);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(101, 10)]
    [InlineData(5, 0)]
    public void Given_a_share_or_top_out_of_range_When_calculated_Then_refused(int share, int top)
    {
        Assert.Throws<DomainException>(() => RewardSplit.Calculate(1m, 2m, share, top, []));
    }

    [Fact]
    public void Given_a_closed_statement_When_recalculated_or_closed_again_Then_refused()
    {
        var target = new Target(Guid.NewGuid(), GoalPeriod.Of(PeriodKind.Quarter, new LocalDate(2026, 11, 23)), TargetScope.Company, null, "公司",
            ResultMetric.CollectedAmount, 100m, null, Guid.NewGuid(), T0);
        var statement = new RewardStatement(Guid.NewGuid(), target);
        var inputs = new RewardInputs(100m, 300m, 5m, 10m);
        statement.Recalculate(inputs, inputs.Split([Done("甲", 0)]), T0, Guid.NewGuid());
        var line = statement.Lines[0];
        RewardPerson[] same = [new RewardPerson(line.UserId, line.Name, true, line.CompletedAt)];
        Assert.True(statement.Matches(inputs, inputs.Split(same)));
        Assert.False(statement.Matches(inputs with { Actual = 400m }, inputs.Split(same)));

        statement.Close(T0, Guid.NewGuid());

        var refusal = Assert.Throws<DomainException>(() => statement.Recalculate(inputs, inputs.Split([]), T0, Guid.NewGuid()));
        Assert.Equal("Rewards_Error_Closed", refusal.Key);
        Assert.Throws<DomainException>(() => statement.Close(T0, Guid.NewGuid()));
    }
}
