using System.Globalization;
using SalesSuite.Collections.Application.Reports;

namespace SalesSuite.Collections.Tests.Reports;

/// <summary>The server-rendered SVG charts: labels encoded, accessible titles, links, no inline styles.</summary>
public sealed class SvgChartTests
{
    private static string Format(decimal v) => ChartFormat.Compact(v, CultureInfo.InvariantCulture);

    [Fact]
    public void Given_labels_with_markup_When_a_stacked_chart_is_drawn_Then_every_label_is_encoded()
    {
        var series = new[] { new ChartSeries("A&B <i>"), new ChartSeries("\"quoted\"") };
        var bars = new[]
        {
            new ChartBar("<script>alert(1)</script>", [new ChartValue(10m, "/x?a=1&b=\"2\""), new ChartValue(5m)]),
        };

        var svg = SvgChart.Horizontal("c1", "Title <b>", series, bars, Format).Value!;

        Assert.DoesNotContain("<script>", svg);
        Assert.DoesNotContain("<i>", svg);
        Assert.DoesNotContain("<b>", svg);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", svg);
        Assert.Contains("A&amp;B &lt;i&gt;", svg);
        Assert.Contains("&quot;quoted&quot;", svg);
        Assert.Contains("href=\"/x?a=1&amp;b=&quot;2&quot;\"", svg);
        Assert.Contains("<title id=\"c1-title\">Title &lt;b&gt;</title>", svg);
    }

    [Fact]
    public void Given_a_grouped_chart_Then_it_is_an_accessible_image_with_a_title_per_bar_and_no_style_attribute()
    {
        var series = new[] { new ChartSeries("Expected"), new ChartSeries("Received") };
        var groups = new[]
        {
            new ChartBar("11-23", [new ChartValue(1200m, "/e1"), new ChartValue(300m, "/r1")]),
            new ChartBar("11-30", [new ChartValue(0m), new ChartValue(50m)]),
        };

        var svg = SvgChart.Grouped("g1", "Forecast", series, groups, Format).Value!;

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains("aria-labelledby=\"g1-title\"", svg);
        Assert.Contains("<title>11-23, Expected: 1.2K</title>", svg);
        Assert.Contains("<a href=\"/e1\">", svg);
        Assert.DoesNotContain("style=", svg);
        // A zero bar is not drawn: three bars, each with its title.
        Assert.Equal(3, svg.Split("</title></rect>").Length - 1);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 10)]
    [InlineData(12, 20)]
    [InlineData(21, 25)]
    [InlineData(2_600_000, 5_000_000)]
    [InlineData(100, 100)]
    public void Given_a_largest_value_Then_the_axis_ends_on_a_round_number_at_or_above_it(int max, int expected)
    {
        Assert.Equal(expected, SvgChart.NiceMax(max));
    }

    [Theory]
    [InlineData(1234, "zh-CN", "1234")]
    [InlineData(123_456, "zh-CN", "12.3万")]
    [InlineData(250_000_000, "zh-CN", "2.5亿")]
    [InlineData(123_456, "en", "123.5K")]
    [InlineData(2_500_000, "en", "2.5M")]
    public void Given_an_amount_Then_the_axis_label_is_short_in_the_reader_s_language(int amount, string culture, string expected)
    {
        Assert.Equal(expected, ChartFormat.Compact(amount, CultureInfo.GetCultureInfo(culture)));
    }
}
