namespace SalesSuite.Quotes.Domain;

/// <summary>
/// Picks the configured steps that apply to a quote, in order. A quote above the customer's credit limit always gets the
/// Finance step (the configured one, even when disabled or its conditions do not hold; the default one if none exists).
/// </summary>
internal static class ApprovalChainPlanner
{
    public static IReadOnlyList<ChainStepRule> Plan(IEnumerable<ChainStepRule> rules, QuoteFacts facts, MarginPolicy margin)
    {
        var all = rules.ToList();
        var plan = all.Where(r => r.AppliesTo(facts, margin)).ToList();
        if (facts.ExceedsCreditLimit && plan.All(r => r.Kind != StepKind.Finance))
        {
            plan.Add(all.FirstOrDefault(r => r.Kind == StepKind.Finance) ?? DefaultChain.Create().First(r => r.Kind == StepKind.Finance));
        }
        return plan.OrderBy(r => r.Order).ToList();
    }
}
