using NodaTime;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Tests.Domain;

public sealed class HqMathTests
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    [Theory]
    [InlineData(null, "2026-11-01", "2026-11-23")]
    [InlineData(HqPeriod.ThisMonth, "2026-11-01", "2026-11-23")]
    [InlineData(HqPeriod.LastFourWeeks, "2026-10-27", "2026-11-23")]
    [InlineData(HqPeriod.LastMonth, "2026-10-01", "2026-10-31")]
    [InlineData(HqPeriod.TwelveMonths, "2025-11-24", "2026-11-23")]
    public void Given_a_preset_When_resolved_Then_the_period_has_the_expected_days(string? preset, string from, string to)
    {
        var period = HqPeriod.Resolve(null, null, preset, Today);

        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture)), period.From);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), period.To);
    }

    [Fact]
    public void Given_dates_the_wrong_way_round_When_resolved_Then_they_are_swapped()
    {
        var period = HqPeriod.Resolve(new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 10), null, Today);

        Assert.Equal(new HqPeriod(new LocalDate(2026, 11, 10), new LocalDate(2026, 11, 20)), period);
    }

    [Fact]
    public void Given_a_store_opened_inside_the_period_When_counting_expected_days_Then_they_start_at_the_opening_and_stop_today()
    {
        var period = new HqPeriod(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30));

        Assert.Equal(23, period.ExpectedDays(null, Today));
        Assert.Equal(4, period.ExpectedDays(new LocalDate(2026, 11, 20), Today));
        Assert.Equal(0, period.ExpectedDays(new LocalDate(2026, 11, 24), Today));
    }

    [Fact]
    public void Given_a_promotion_partly_in_the_period_When_counting_due_days_Then_only_the_overlap_up_to_today_counts()
    {
        var period = new HqPeriod(new LocalDate(2026, 11, 16), new LocalDate(2026, 11, 30));

        Assert.Equal(5, period.OverlapDays(new LocalDate(2026, 11, 10), new LocalDate(2026, 11, 20), null, Today));
        Assert.Equal(3, period.OverlapDays(new LocalDate(2026, 11, 21), new LocalDate(2026, 12, 5), null, Today));
        Assert.Equal(0, period.OverlapDays(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 15), null, Today));
    }

    [Theory]
    [InlineData(9, 10, "rag-green")]
    [InlineData(7, 10, "rag-amber")]
    [InlineData(69, 100, "rag-red")]
    [InlineData(0, 0, "rag-none")]
    public void Given_a_compliance_rate_When_coloured_Then_green_from_90_amber_from_70_red_below(int part, int whole, string css)
    {
        Assert.Equal(css, HqMath.Rag(HqMath.Rate(part, whole)));
    }

    [Fact]
    public void Given_nothing_due_When_a_rate_is_asked_Then_there_is_none_rather_than_zero()
    {
        Assert.Null(HqMath.Rate(0, 0));
        Assert.Equal(0.5m, HqMath.Rate(1, 2));
        Assert.Equal(0.75m, HqMath.Average([0.5m, 1m, null]));
    }

    [Fact]
    public void Given_stores_When_projected_Then_every_dot_lies_inside_the_drawing_and_north_is_up()
    {
        var projection = new MapProjection([(31.23, 121.47), (30.27, 120.15), (32.06, 118.80)]);

        var shanghai = projection.Project(31.23, 121.47);
        var hangzhou = projection.Project(30.27, 120.15);
        var nanjing = projection.Project(32.06, 118.80);

        foreach (var (x, y) in new[] { shanghai, hangzhou, nanjing })
        {
            Assert.InRange(x, MapProjection.Margin - 0.01, MapProjection.Width - MapProjection.Margin + 0.01);
            Assert.InRange(y, 0, projection.Height);
        }
        Assert.True(nanjing.Y < hangzhou.Y, "Nanjing is north of Hangzhou");
        Assert.True(shanghai.X > nanjing.X, "Shanghai is east of Nanjing");
    }

    [Fact]
    public void Given_a_single_store_When_projected_Then_it_is_drawn_in_the_middle()
    {
        var projection = new MapProjection([(31.23, 121.47)]);

        var (x, y) = projection.Project(31.23, 121.47);

        Assert.Equal(MapProjection.Width / 2, x, 3);
        Assert.Equal(projection.Height / 2, y, 3);
    }

    [Fact]
    public void Given_three_stores_When_the_map_is_drawn_Then_it_has_a_linked_dot_with_a_title_per_store()
    {
        var svg = HqSvg.Map("m", "Map", [
            new MapDot(31.2, 121.4, "rag-green", "/Stores/List/Detail?id=1", "S1 <A&B>"),
            new MapDot(30.2, 120.1, "rag-red", "/Stores/List/Detail?id=2", "S2"),
            new MapDot(32.0, 118.8, "rag-amber", "/Stores/List/Detail?id=3", "S3"),
        ], [("rag-green", "90 %")]).Value!;

        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(svg, "data-testid=\"map-dot\"").Count);
        Assert.Contains("<title>S1 &lt;A&amp;B&gt;</title>", svg);
        Assert.Contains("href=\"/Stores/List/Detail?id=2\"", svg);
    }
}
