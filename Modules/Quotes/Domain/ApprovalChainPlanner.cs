namespace SalesSuite.Quotes.Domain;

/// <summary>Picks the configured steps that apply to a quote, in order.</summary>
internal static class ApprovalChainPlanner
{
    public static IReadOnlyList<ChainStepRule> Plan(IEnumerable<ChainStepRule> rules, QuoteFacts facts, MarginPolicy margin) =>
        rules.Where(r => r.AppliesTo(facts, margin)).OrderBy(r => r.Order).ToList();
}
