namespace SalesSuite.Quotes.Domain;

/// <summary>Net (before tax), tax, gross, cost and gross margin of a set of lines.</summary>
internal sealed record QuoteTotals(decimal Net, decimal Tax, decimal Gross, decimal Cost, decimal MarginPercent, decimal MaxDiscountPercent)
{
    public decimal Margin => Net - Cost;

    public static QuoteTotals Of(IReadOnlyList<QuoteLine> lines)
    {
        var net = lines.Sum(l => l.Net);
        var tax = lines.Sum(l => l.Tax);
        var cost = lines.Sum(l => l.Cost);
        var margin = net == 0m ? 0m : Math.Round((net - cost) / net * 100m, 2, MidpointRounding.AwayFromZero);
        var maxDiscount = lines.Count == 0 ? 0m : lines.Max(l => l.DiscountPercent);
        return new QuoteTotals(net, tax, net + tax, cost, margin, maxDiscount);
    }
}
