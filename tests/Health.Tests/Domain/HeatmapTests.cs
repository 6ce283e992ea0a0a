using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Tests.Domain;

public sealed class HeatmapTests
{
    private static readonly Guid East = Guid.NewGuid(), North = Guid.NewGuid();

    [Theory]
    [InlineData("Delay", 9.9, "Green")]
    [InlineData("Delay", 10, "Amber")]
    [InlineData("Delay", 20, "Red")]
    [InlineData("Skip", 29.9, "Amber")]
    [InlineData("Skip", 30, "Red")]
    [InlineData("Breach", 0, "Green")]
    [InlineData("Breach", 10, "Amber")]
    [InlineData("Breach", 30, "Red")]
    public void Given_a_cell_value_Then_its_colour_follows_the_metric_s_cut_offs(string metric, double percent, string expected) =>
        Assert.Equal(Enum.Parse<Rag>(expected), HeatScale.Colour(Enum.Parse<HeatMetric>(metric), percent));

    [Fact]
    public void Given_no_value_Then_the_cell_has_no_colour() => Assert.Equal(Rag.None, HeatScale.Colour(HeatMetric.Delay, null));

    [Fact]
    public void Given_cells_When_valued_Then_delay_is_a_share_of_all_cells_and_rates_are_per_cell()
    {
        var legal = new StepCell(StepKind.Approval, "Legal", East, Count: 4, Skipped: 0, Breached: 3, DelayHours: 41);
        var stage = new StepCell(StepKind.Stage, "样品测试", East, Count: 5, Skipped: 2, Breached: 1, DelayHours: 59);

        Assert.Equal(41, legal.Value(HeatMetric.Delay, 100), 9);
        Assert.Equal(75, legal.Value(HeatMetric.Breach, 100), 9);
        Assert.Equal(40, stage.Value(HeatMetric.Skip, 100), 9);
        Assert.Equal(100 / 3.0, stage.Value(HeatMetric.Breach, 100), 9); // of the 3 stays actually done
        Assert.Equal(0, legal.Value(HeatMetric.Delay, 0));
    }

    [Fact]
    public void Given_cells_of_several_columns_When_the_headline_is_chosen_Then_it_is_the_step_with_most_delay_summed_over_columns()
    {
        List<StepCell> cells =
        [
            new(StepKind.Stage, "商务谈判", East, 2, 0, 1, 30),
            new(StepKind.Approval, "Legal", East, 2, 0, 2, 25),
            new(StepKind.Approval, "Legal", North, 2, 0, 2, 25),
            new(StepKind.Approval, "Finance", North, 2, 0, 0, 20),
        ];

        var headline = DelayShare.Headline(cells)!;

        Assert.Equal((StepKind.Approval, "Legal"), (headline.Kind, headline.Step));
        Assert.Equal(50, headline.ShareOfAll, 9);
        Assert.Equal(100 * 50 / 70.0, headline.ShareOfKind, 9);
    }

    [Fact]
    public void Given_equal_delay_When_the_headline_is_chosen_Then_more_breaches_win()
    {
        List<StepCell> cells = [new(StepKind.Task, "Tech", East, 2, 0, 0, 10), new(StepKind.HandOff, "quote-feedback", East, 2, 0, 2, 10)];
        Assert.Equal("quote-feedback", DelayShare.Headline(cells)!.Step);
    }

    [Fact]
    public void Given_no_delay_Then_there_is_no_headline() =>
        Assert.Null(DelayShare.Headline([new(StepKind.Approval, "Legal", East, 3, 0, 0, 0)]));
}
