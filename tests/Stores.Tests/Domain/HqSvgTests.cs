using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Tests.Domain;

public sealed class HqSvgTests
{
    [Fact]
    public void Given_the_English_map_legend_When_laid_out_Then_the_last_item_wraps_onto_a_second_row_inside_the_width()
    {
        var layout = HqSvg.LegendLayout(["90 % and more", "70–89 %", "below 70 %", "Nothing expected"]);

        Assert.Equal([0, 0, 0, 1], layout.Select(l => l.Row));
        Assert.Equal(8, layout[3].X);
    }

    [Fact]
    public void Given_the_Chinese_map_legend_When_laid_out_Then_it_stays_on_one_row()
    {
        var layout = HqSvg.LegendLayout(["90 % 及以上", "70–89 %", "低于 70 %", "无应报天数"]);

        Assert.All(layout, l => Assert.Equal(0, l.Row));
    }

    [Fact]
    public void Given_the_English_legend_When_the_map_is_drawn_Then_the_svg_is_taller_by_one_legend_row()
    {
        var one = HqSvg.Map("m", "Map", [], [("rag-green", "90 %")]).Value!;
        var two = HqSvg.Map("m", "Map", [], [("rag-green", "90 % and more"), ("rag-amber", "70–89 %"), ("rag-red", "below 70 %"),
            ("rag-none", "Nothing expected")]).Value!;

        Assert.Contains("y=\"", two);
        Assert.NotEqual(ViewBox(one), ViewBox(two));
    }

    private static string ViewBox(string svg) => svg[svg.IndexOf("viewBox", StringComparison.Ordinal)..].Split('"')[1];
}
