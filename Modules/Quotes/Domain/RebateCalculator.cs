namespace SalesSuite.Quotes.Domain;

/// <summary>The most specific matching rule gives the allowed range; payout counts from delivery.</summary>
internal static class RebateCalculator
{
    public static RebateResult? Calculate(IEnumerable<RebateRule> rules, RebateRequest request)
    {
        var rule = rules.Where(r => r.Matches(request)).OrderByDescending(r => r.Specificity).ThenByDescending(r => r.MinAmount).FirstOrDefault();
        if (rule is null)
        {
            return null;
        }
        var documents = rule.RequiredDocuments.Split(
            [',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new RebateResult(
            rule.MinPercent,
            rule.MaxPercent,
            Math.Round(request.Amount * rule.MinPercent / 100m, 2, MidpointRounding.AwayFromZero),
            Math.Round(request.Amount * rule.MaxPercent / 100m, 2, MidpointRounding.AwayFromZero),
            documents,
            request.DeliveryDate.PlusDays(rule.PayoutDaysAfterDelivery));
    }
}
