using SalesSuite.Quotes.Domain.Offer;

namespace SalesSuite.Quotes.Tests.Domain.Offer;

public sealed class SimilarOrdersTests
{
    private static IEnumerable<PastOrder> Orders(string line, string? type, params decimal[] margins) =>
        margins.Select(m => new PastOrder(line, type, m));

    [Fact]
    public void Given_enough_orders_of_the_same_line_and_customer_type_Then_only_those_are_compared()
    {
        var orders = Orders("MD", "医院", 30m, 32m, 34m, 36m, 38m).Concat(Orders("MD", "经销商", 10m, 10m)).Concat(Orders("SW", "医院", 80m)).ToList();

        var b = SimilarOrders.Compare(orders, "MD", "医院", 33m)!;

        Assert.Equal(SimilarBasis.ProductLineAndCustomerType, b.Basis);
        Assert.Equal(5, b.Count);
        Assert.Equal(34m, b.Median);
        Assert.Equal(34m, b.Average);
        Assert.Equal(2, b.LowerCount);
        Assert.False(b.ClearlyBelow);
        Assert.False(b.Indicative);
    }

    [Fact]
    public void Given_too_few_of_the_customer_type_Then_it_falls_back_to_the_product_line_then_the_type_then_all()
    {
        var byLine = Orders("MD", "医院", 30m, 40m).Concat(Orders("MD", "经销商", 20m, 22m, 24m)).Concat(Orders("SW", "医院", 70m)).ToList();
        Assert.Equal(SimilarBasis.ProductLine, SimilarOrders.Compare(byLine, "MD", "医院", 30m)!.Basis);
        Assert.Equal(5, SimilarOrders.Compare(byLine, "MD", "医院", 30m)!.Count);

        var byType = Orders("SW", "医院", 50m, 52m, 54m, 56m).Concat(Orders("MD", "医院", 30m)).ToList();
        Assert.Equal(SimilarBasis.CustomerType, SimilarOrders.Compare(byType, "SV", "医院", 30m)!.Basis);

        var few = Orders("SW", "经销商", 50m, 60m).ToList();
        var all = SimilarOrders.Compare(few, "MD", null, 10m)!;
        Assert.Equal(SimilarBasis.AllOrders, all.Basis);
        Assert.True(all.Indicative);
        Assert.Equal(55m, all.Median);
        Assert.False(all.ClearlyBelow, "two orders are too few to warn");

        Assert.Null(SimilarOrders.Compare([], "MD", "医院", 30m));
    }

    [Fact]
    public void Given_a_margin_five_points_or_more_under_the_median_Then_it_is_clearly_below_and_less_is_not()
    {
        var orders = Orders("MD", "医院", 30m, 31m, 32m, 33m, 34m, 35m).ToList();

        Assert.Equal(32.5m, SimilarOrders.Compare(orders, "MD", "医院", 27.5m)!.Median);
        Assert.True(SimilarOrders.Compare(orders, "MD", "医院", 27.5m)!.ClearlyBelow);
        Assert.False(SimilarOrders.Compare(orders, "MD", "医院", 27.51m)!.ClearlyBelow);
        Assert.Equal(100, SimilarOrders.Compare(orders, "MD", "医院", 40m)!.Percentile);
        Assert.Equal(0, SimilarOrders.Compare(orders, "MD", "医院", 27.5m)!.Percentile);
    }

    [Fact]
    public void Given_lines_of_several_families_Then_the_main_line_is_the_one_with_the_largest_net()
    {
        var lines = new[]
        {
            new SalesSuite.Quotes.Domain.QuoteLine("SV-INSTALL", "安装", 1, 5_000m, 0m, 1_000m, 6m, 10),
            new SalesSuite.Quotes.Domain.QuoteLine("MD-MON-200", "监护仪", 2, 50_000m, 0m, 30_000m, 13m, 30),
        };

        Assert.Equal("MD", SimilarOrders.MainLine(lines));
        Assert.Equal(string.Empty, SimilarOrders.MainLine([]));
    }
}
