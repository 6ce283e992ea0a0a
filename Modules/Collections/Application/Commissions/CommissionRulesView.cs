using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>The rules (most specific first) and the product lines and customer types seen so far (suggestions).</summary>
internal sealed record CommissionRulesView(
    IReadOnlyList<CommissionRule> Rules, IReadOnlyList<string> ProductLines, IReadOnlyList<string> CustomerTypes, bool CanEdit);
