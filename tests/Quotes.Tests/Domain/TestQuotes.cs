using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

internal static class TestQuotes
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);
    public static readonly LocalDate Today = new(2026, 11, 23);
    public static readonly Guid Owner = Guid.NewGuid();

    public static QuotableDeal Deal(Guid? owner = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "C-0001", "深圳瑞康医疗器械有限公司", owner ?? Owner, "定制软件", true, null);

    public static QuoteLine Line(decimal qty = 1, decimal price = 100_000m, decimal discount = 0m, decimal cost = 60_000m) =>
        new("SW-CUSTOM", "定制软件", qty, price, discount, cost, 13m, 30);

    public static Quote Draft(params QuoteLine[] lines)
    {
        var quote = new Quote(Guid.NewGuid(), "Q-TEST", Deal(), PublicToken.New(), Today.PlusDays(30), Now);
        quote.Edit(lines.Length == 0 ? [Line()] : lines, "条款", PaymentScheduleText.Default, Today.PlusDays(30), false, "", Now);
        return quote;
    }

    public static IReadOnlyList<ChainStepRule> Chain(decimal amount = 100_000m, decimal margin = 40m) =>
        ApprovalChainPlanner.Plan(DefaultChain.Create(), new QuoteFacts(amount, margin, 0m, [], false), MarginPolicy.Default);
}
