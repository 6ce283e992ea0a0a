using SalesSuite.Goals.Application.Targets;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Tests.Domain;

public sealed class TargetsDomainTests
{
    private static readonly Guid Terms = DefaultActionTypes.IdOf(KeyActionType.TermsConfirmed);

    [Fact]
    public void Given_48_confirmations_that_brought_1_2M_When_the_target_is_1M_Then_40_at_25000_each_from_history()
    {
        var line = Decomposition.Line(ResultMetric.CollectedAmount, 1_000_000m,
            new ConversionHistory(Terms, KeyActionType.TermsConfirmed, 1_200_000m, 48));

        Assert.True(line.FromHistory);
        Assert.Equal(25_000m, line.ResultPerAction);
        Assert.Equal(40, line.Quantity);
    }

    [Fact]
    public void Given_no_history_When_the_target_is_1M_collected_Then_the_default_25000_per_confirmation_gives_40()
    {
        var line = Decomposition.Line(ResultMetric.CollectedAmount, 1_000_000m, new ConversionHistory(Terms, KeyActionType.TermsConfirmed, 0m, 0));

        Assert.False(line.FromHistory);
        Assert.Equal(25_000m, line.ResultPerAction);
        Assert.Equal(40, line.Quantity);
    }

    [Fact]
    public void Given_actions_but_no_result_When_suggested_Then_the_default_is_used_not_a_division_by_zero()
    {
        var line = Decomposition.Line(ResultMetric.NewDeals, 10m, new ConversionHistory(Guid.NewGuid(), KeyActionType.KeyVisit, 0m, 30));

        Assert.False(line.FromHistory);
        Assert.Equal(50, line.Quantity); // 0.2 deal per key visit
    }

    [Theory]
    [InlineData(1_000_001, 40, 1_000_000, 41)] // one yuan more needs one more action: rounded up
    [InlineData(100, 3, 100, 3)]               // 100 from 3 actions: exactly 3, not 4 from 33.33… rounding
    [InlineData(7, 3, 10, 3)]                  // 7 deals at 10 per 3 actions = 2.1 → 3
    [InlineData(0.01, 1, 1_000_000, 1)]        // at least one action
    public void Given_history_When_the_quantity_is_not_whole_Then_it_is_rounded_up(double amount, int actions, double result, int expected)
    {
        var line = Decomposition.Line(ResultMetric.CollectedAmount, (decimal)amount,
            new ConversionHistory(Terms, KeyActionType.TermsConfirmed, (decimal)result, actions));

        Assert.Equal(expected, line.Quantity);
    }

    [Fact]
    public void Given_a_huge_target_When_suggested_Then_the_quantity_is_capped_at_the_contract_maximum()
    {
        var line = Decomposition.Line(ResultMetric.CollectedAmount, 100_000_000_000m,
            new ConversionHistory(Terms, KeyActionType.TermsConfirmed, 0, 0));

        Assert.Equal(ContractLine.MaxQuantity, line.Quantity);
    }

    [Theory]
    [InlineData(1_000_000.01, 3)]
    [InlineData(333_333.33, 3)]
    [InlineData(0.05, 7)]
    [InlineData(99_999_999.99, 9)]
    public void Given_an_odd_money_target_When_split_equally_Then_the_parts_add_up_to_the_fen(double total, int parts)
    {
        var amount = (decimal)total;
        var split = TargetMath.Split(amount, Enumerable.Repeat(0m, parts).ToList(), 0.01m);

        Assert.Equal(amount, split.Sum());
        Assert.All(split, p => Assert.Equal(p, decimal.Round(p, 2)));
        Assert.True(split.Max() - split.Min() <= 0.01m);
        TargetMath.CheckSplit(amount, split);
    }

    [Fact]
    public void Given_last_periods_results_When_split_Then_shares_follow_them_and_add_up()
    {
        var split = TargetMath.Split(1_000_000.01m, [300_000m, 200_000m, 100_000m], 0.01m);

        Assert.Equal(1_000_000.01m, split.Sum());
        // 3 : 2 : 1 of 100,000,001 fen; the 2 fen left go to the largest remainders (.833 and .667).
        Assert.Equal([500_000.00m, 333_333.34m, 166_666.67m], split);
    }

    [Fact]
    public void Given_key_actions_of_a_team_When_split_in_whole_units_Then_they_add_up()
    {
        var split = TargetMath.Split(40m, [400_000m, 350_000m, 250_000m], 1m);

        Assert.Equal(40m, split.Sum());
        Assert.All(split, p => Assert.Equal(decimal.Truncate(p), p));
    }

    [Fact]
    public void Given_shares_that_do_not_add_up_When_checked_Then_refused_with_both_sums()
    {
        var refusal = Assert.Throws<DomainException>(() => TargetMath.CheckSplit(100m, [30m, 30m, 30m]));

        Assert.Equal("Target_Error_SplitSum", refusal.Key);
        Assert.Equal([90m, 100m], refusal.Arguments);
    }

    [Theory]
    [InlineData("abc", "Targets_Error_Number")]
    [InlineData("-5", "Target_Error_Positive")]
    [InlineData("0", "Target_Error_Positive")]
    [InlineData("100.001", "Target_Error_Fen")]
    [InlineData("100000000000.01", "Target_Error_TooLarge")]
    public void Given_bad_money_text_When_read_Then_refused_with_its_key(string text, string key)
    {
        var refusal = Assert.Throws<DomainException>(() => TargetText.Amount(ResultMetric.CollectedAmount, text));

        Assert.Equal(key, refusal.Key);
    }

    [Theory]
    [InlineData(nameof(ResultMetric.NewDeals), "2.5", "Target_Error_Whole")]
    [InlineData(nameof(ResultMetric.PromotionExecution), "101", "Target_Error_TooLarge")]
    public void Given_counts_and_rates_When_not_whole_or_over_100_Then_refused(string metric, string text, string key)
    {
        Assert.Equal(key, Assert.Throws<DomainException>(() => TargetText.Amount(Enum.Parse<ResultMetric>(metric), text)).Key);
    }

    [Fact]
    public void Given_thousands_commas_and_a_yuan_sign_When_read_Then_the_amount_is_kept()
    {
        Assert.Equal(1_000_000.50m, TargetText.Amount(ResultMetric.CollectedAmount, "¥1,000,000.50"));
    }
}
