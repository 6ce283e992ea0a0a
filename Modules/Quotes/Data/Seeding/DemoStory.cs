using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Seeding;

/// <summary>Builds demo quotes through the domain, so every version, step and decision is genuine.</summary>
internal sealed class DemoStory(IReadOnlyDictionary<string, Guid> users, IReadOnlyList<ChainStepRule> chain, Instant now)
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private const string Terms = "交货期：合同签订后 45 天；质保 12 个月；价格含 13% 增值税及运输。";

    public IEnumerable<Quote> Build(IReadOnlyList<QuotableDeal> deals, IReadOnlyList<Product> products)
    {
        var p = products.ToDictionary(x => x.Code);
        yield return Scenario3(deals[0], p);
        var today = now.InZone(Zone).Date;
        var pump = New("Q-2026-0002", deals[1], today.PlusDays(20), now - Duration.FromHours(30));
        Edit(pump, [Line(p["MD-PUMP-50"], 20, 5m), Line(p["SV-INSTALL"], 1, 0m)], today.PlusDays(20), now - Duration.FromHours(30));
        pump.Submit(users["sales08"], Plan(pump), today, now - Duration.FromHours(28), null);
        pump.Decide(users["tech"], true, "标准品，无需定制", false, null, now - Duration.FromHours(27));
        yield return pump;   // waiting for Finance, already beyond its 24 h SLA
        var filter = New("Q-2026-0003", deals[2], today.PlusDays(15), now - Duration.FromDays(1));
        Edit(filter, [Line(p["FL-PP-10"], 2_000, 8m)], today.PlusDays(15), now - Duration.FromDays(1));
        yield return filter; // draft
        var plc = New("Q-2026-0004", deals[3], today.PlusDays(30), now - Duration.FromHours(5));
        Edit(plc, [Line(p["PLC-S7-1200"], 3, 6m)], today.PlusDays(30), now - Duration.FromHours(5));
        plc.Submit(users["sales04"], Plan(plc), today, now - Duration.FromHours(4), null);
        yield return plc;    // low margin: needs the director's margin review too
    }

    private Quote Scenario3(QuotableDeal deal, Dictionary<string, Product> p)
    {
        var validUntil = new LocalDate(2026, 12, 31);
        var at = (int month, int day, int hour, int minute) => new LocalDateTime(2026, month, day, hour, minute).InZoneLeniently(Zone).ToInstant();
        var quote = New("Q-2026-0001", deal, validUntil, at(2, 2, 9, 30));
        var sales = users["sales07"];
        Edit(quote, [Line(p["MD-MON-200"], 12, 5m), Line(p["SW-CUSTOM"], 80, 0m), Line(p["SV-INSTALL"], 1, 0m)], validUntil, at(2, 2, 9, 40));
        quote.Submit(sales, Plan(quote), new LocalDate(2026, 2, 2), at(2, 2, 10, 0), "首次报价");
        quote.Decide(users["tech"], false, "需确认与医院 HIS 的接口范围，定制人天可能不足", true, null, at(2, 3, 15, 10));
        QuoteLine[] withInterface =
            [Line(p["MD-MON-200"], 12, 5m), Line(p["SW-CUSTOM"], 120, 0m), Line(p["SW-LIC-HIS"], 1, 10m), Line(p["SV-INSTALL"], 1, 0m)];
        Edit(quote, withInterface, validUntil, at(2, 4, 11, 0));
        quote.Submit(sales, Plan(quote), new LocalDate(2026, 2, 4), at(2, 4, 11, 5), "增加接口开发人天与联网授权");
        quote.Decide(users["tech"], true, "需要定制开发：HL7 接口 + 报表", true, null, at(2, 5, 9, 20));
        quote.Decide(users["finance"], true, "按 BOM 锁定成本", null, null, at(2, 6, 16, 40));
        quote.Decide(users["legal"], false, "付款条款缺少验收节点，违约金条款需调整", null, null, at(2, 9, 10, 0));
        Edit(quote, withInterface, validUntil, at(2, 9, 14, 0),
            Terms + "验收合格后 10 日内支付验收款；违约金不超过合同总额 5%。");
        quote.Submit(sales, Plan(quote), new LocalDate(2026, 2, 9), at(2, 9, 14, 30), "按法务意见修改付款与违约条款");
        quote.Decide(users["tech"], true, "同 V2", true, null, at(2, 10, 9, 0));
        quote.Decide(users["finance"], true, null, null, null, at(2, 11, 17, 0));
        quote.Decide(users["legal"], true, "条款可接受", null, null, at(2, 12, 11, 0));
        quote.Decide(users["gm"], true, "同意", null, null, at(2, 13, 9, 45));
        // Finance found a 12% cost error in the BOM after the customer had V3.1: corrected as V3.2.
        var corrected = quote.LatestVersion!.Lines
            .ToDictionary(l => l.LineId, l => l.ProductCode == "MD-MON-200" ? Math.Round(l.UnitCost * 1.12m, 2) : l.UnitCost);
        quote.RelockCosts(users["finance"], corrected, at(2, 15, 10, 22));
        return quote;
    }

    private IReadOnlyList<ChainStepRule> Plan(Quote quote) => ApprovalChainPlanner.Plan(chain, quote.Facts(), MarginPolicy.Default);

    private static Quote New(string number, QuotableDeal deal, LocalDate validUntil, Instant at) =>
        new(QuotesDemoSeeder.Id(number), number, deal, PublicToken.New(), validUntil, at);

    private static void Edit(Quote quote, IReadOnlyList<QuoteLine> lines, LocalDate validUntil, Instant at, string terms = Terms) =>
        quote.Edit(lines, terms, PaymentScheduleText.Default, validUntil, false, "", at);

    private static QuoteLine Line(Product product, decimal quantity, decimal discount) =>
        new(product.Code, product.Name, quantity, product.ListPrice, discount, product.Cost, product.TaxRatePercent, 45);
}
