using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Quotes.Data.Seeding;

/// <summary>
/// What #12 (Reach) added to Quotes, on the demo: six accepted infusion-pump orders from dealers (sales09, over the past
/// months), so the margin comparison shows numbers: on Q-2026-0002 (南山医院, pumps) over the same product line, and on a
/// new quote for 康瑞 (sales07's deal d5, a dealer) over the same line and customer type. Then the 50/40/10 instalment plan
/// on the draft Q-2026-0003, and two rebate requests (one waiting on Finance, one completed).
/// </summary>
internal sealed class DemoOffers(IReadOnlyDictionary<string, Guid> users, IReadOnlyList<ChainStepRule> chain, Instant now)
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static readonly Dictionary<string, string> Deciders = new()
    {
        [Roles.Tech] = "tech", [Roles.Finance] = "finance", [Roles.Legal] = "legal", [Roles.SalesDirector] = "director",
        [Roles.GeneralManager] = "gm",
    };

    /// <summary>(dealer, code, pumps, discount %, days ago accepted, who signed): margins from about 22 % to 29 %.</summary>
    private static readonly (string Dealer, string Code, int Pumps, decimal Discount, int DaysAgo, string Signer)[] Orders =
    [
        ("深圳康泰医疗器械有限公司", "C-SZ-0131", 30, 2m, 210, "黄志明"),
        ("广州华信医疗设备有限公司", "C-GZ-0208", 16, 4m, 175, "梁嘉欣"),
        ("东莞瑞丰医疗器械贸易有限公司", "C-DG-0042", 24, 6m, 140, "罗文斌"),
        ("佛山众康医疗科技有限公司", "C-FS-0077", 40, 8m, 96, "陈少华"),
        ("珠海健安医疗器械有限公司", "C-ZH-0015", 12, 3m, 61, "郭晓玲"),
        ("惠州民康医疗器械有限公司", "C-HZ-0093", 20, 5m, 33, "钟伟强"),
    ];

    public IEnumerable<QuotableDeal> PastDeals() => Orders.Select((o, i) =>
        new QuotableDeal(QuotesDemoSeeder.Id($"deal:past{i + 1}"), DemoIds.Customer(o.Dealer), o.Code, o.Dealer, users["sales09"],
            $"{o.Dealer}：输液泵渠道订单", false, null)
        {
            CustomerType = "经销商", Stage = "合同签署",
        });

    /// <summary>Each order through the real workflow: submitted, every step approved, accepted by the dealer on its page.</summary>
    public IEnumerable<Quote> PastOrders(IReadOnlyList<QuotableDeal> deals, IReadOnlyDictionary<string, Product> products)
    {
        for (var i = 0; i < Orders.Length; i++)
        {
            var o = Orders[i];
            var start = now - Duration.FromDays(o.DaysAgo + 6);
            var day = start.InZone(Zone).Date;
            var quote = new Quote(QuotesDemoSeeder.Id($"quote:Q-2026-{i + 5:0000}"), $"Q-2026-{i + 5:0000}", deals[i], PublicToken.New(),
                day.PlusDays(30), start);
            QuoteLine[] lines =
            [
                Line(products["MD-PUMP-50"], o.Pumps, o.Discount),
                Line(products["SV-INSTALL"], 1, 0m),
            ];
            quote.Edit(lines, "交货期：合同签订后 30 天；质保 24 个月；价格含 13% 增值税及运输。", PaymentScheduleText.Default, day.PlusDays(30), false, "",
                start);
            var plan = ApprovalChainPlanner.Plan(chain, quote.Facts(), MarginPolicy.Default);
            quote.Submit(users["sales09"], plan, day, start + Duration.FromHours(1), null);
            var at = start + Duration.FromHours(3);
            while (quote.ActiveStep is { } step)
            {
                quote.Decide(users[Deciders[step.Role]], true, "同意", step.Kind == StepKind.Tech ? false : null, null, at);
                at += Duration.FromHours(5);
            }
            var accepted = now - Duration.FromDays(o.DaysAgo);
            quote.Accept(quote.ApprovedVersion!.Label, o.Signer, null, accepted.InZone(Zone).Date, accepted);
            yield return quote;
        }
    }

    /// <summary>The draft filter quote (恒清) takes the 50/40/10 plan as its payment schedule.</summary>
    public void ChoosePlan(Quote draft) =>
        draft.ChooseInstalmentPlan(InstalmentPlans.Of(InstalmentPlanKind.FrontLoaded), now - Duration.FromHours(20));

    /// <summary>sales07's request for 瑞康 waits on Finance; sales08's for 南山医院's HIS licence was completed yesterday.</summary>
    public IEnumerable<RebateClaim> RebateClaims(IReadOnlyList<RebateRule> rules)
    {
        var today = now.InZone(Zone).Date;
        var dealer = new RebateRequest("经销商", "MD-MON-200", 1_280_000m, 75, today.PlusDays(75));
        yield return new RebateClaim(QuotesDemoSeeder.Id("rebate:1"), users["sales07"], dealer, RebateCalculator.Calculate(rules, dealer)!,
            "瑞康年度框架，按季度提货，请财务核定返利比例", now - Duration.FromHours(6));
        var hospital = new RebateRequest("医院", "SW-LIC-HIS", 120_000m, 30, today.PlusDays(30));
        var done = new RebateClaim(QuotesDemoSeeder.Id("rebate:2"), users["sales08"], hospital, RebateCalculator.Calculate(rules, hospital)!,
            "南山医院联网授权，验收报告已上传", now - Duration.FromDays(3));
        done.Decide(true, users["finance"], "按 2% 计提，验收报告齐全", now - Duration.FromDays(1));
        yield return done;
    }

    private static QuoteLine Line(Product product, decimal quantity, decimal discount) =>
        new(product.Code, product.Name, quantity, product.ListPrice, discount, product.Cost, product.TaxRatePercent, 30);
}
