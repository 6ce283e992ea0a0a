using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class CycleComparisonTests
{
    private static readonly Guid Customer = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static ClosedDeal Closed(Guid customer, string? line, int days) => new(customer, line, Start, Start + Duration.FromDays(days));

    [Fact]
    public void Given_closed_deals_of_the_same_line_When_comparing_Then_only_that_line_counts()
    {
        var (average, basis) = CycleComparison.Average(
            Customer, "液压过滤",
            [Closed(Customer, "液压过滤", 30), Closed(Customer, "液压过滤", 44), Closed(Customer, "无菌过滤", 5), Closed(Other, "液压过滤", 100)]);
        Assert.Equal(37, average);
        Assert.Equal(CycleBasis.CustomerProductLine, basis);
    }

    [Fact]
    public void Given_no_closed_deal_of_the_line_for_the_customer_When_comparing_Then_all_its_closed_deals_count()
    {
        var (average, basis) = CycleComparison.Average(
            Customer, "液压过滤", [Closed(Customer, "无菌过滤", 10), Closed(Customer, null, 20), Closed(Other, "液压过滤", 100)]);
        Assert.Equal(15, average);
        Assert.Equal(CycleBasis.Customer, basis);
    }

    [Fact]
    public void Given_a_customer_without_closed_deals_When_comparing_Then_the_company_average_of_the_line_counts()
    {
        var (average, basis) = CycleComparison.Average(
            Customer, "液压过滤", [Closed(Other, "液压过滤", 20), Closed(Other, " 液压过滤 ", 40), Closed(Other, "无菌过滤", 1)]);
        Assert.Equal(30, average);
        Assert.Equal(CycleBasis.CompanyProductLine, basis);
    }

    [Theory]
    [InlineData("液压过滤")]
    [InlineData(null)]
    public void Given_no_comparable_history_When_comparing_Then_none(string? line)
    {
        var (average, basis) = CycleComparison.Average(Customer, line, [Closed(Other, "无菌过滤", 20), Closed(Other, null, 20)]);
        Assert.Null(average);
        Assert.Equal(CycleBasis.None, basis);
    }
}
