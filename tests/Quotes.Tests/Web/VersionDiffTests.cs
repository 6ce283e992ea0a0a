using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Tests.Domain;
using SalesSuite.Quotes.Web;

namespace SalesSuite.Quotes.Tests.Web;

/// <summary>The same product on two lines is normal: the diff (staff and public page) matches them in order.</summary>
public sealed class VersionDiffTests
{
    private static QuoteVersion Version(int major, params QuoteLine[] lines) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new VersionLabel(major, 0), lines, "条款", PaymentScheduleText.Default,
            TestQuotes.Today, Guid.NewGuid(), TestQuotes.Now, null, costLocked: false);

    [Fact]
    public void Given_two_lines_of_one_product_Then_the_diff_compares_each_with_its_counterpart()
    {
        var older = Version(1, TestQuotes.Line(qty: 1), TestQuotes.Line(qty: 2));
        var newer = Version(2, TestQuotes.Line(qty: 1), TestQuotes.Line(qty: 3), TestQuotes.Line(qty: 4));

        var rows = VersionDiff.Compare(older, newer, includeCost: false);

        Assert.Contains(rows, r => r is { Kind: "changed", Field: "Line_Quantity", Before: "2", After: "3" });
        Assert.Contains(rows, r => r is { Kind: "added", Field: "Line_Quantity", After: "4" });
        Assert.DoesNotContain(rows, r => r.Kind == "removed");
    }

    [Fact]
    public void Given_a_duplicate_product_line_removed_Then_the_diff_says_removed()
    {
        var rows = VersionDiff.Compare(Version(1, TestQuotes.Line(qty: 1), TestQuotes.Line(qty: 2)), Version(2, TestQuotes.Line(qty: 1)), false);
        Assert.Contains(rows, r => r is { Kind: "removed", Before: "2" });
    }
}
