using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Quotes.Data.Seeding;

/// <summary>A small catalogue, Finance's rebate rules and the demo customers' deals (as if received from Leads).</summary>
internal static class DemoCatalogue
{
    public static List<Product> Products() =>
    [
        new(QuotesDemoSeeder.Id("p1"), "MD-MON-200", "多参数监护仪 MD-200", 38_000m, 24_500m),
        new(QuotesDemoSeeder.Id("p2"), "MD-PUMP-50", "输液泵 P-50", 9_800m, 6_900m),
        new(QuotesDemoSeeder.Id("p3"), "SW-CUSTOM", "定制软件开发（人天）", 3_200m, 1_900m, 6m),
        new(QuotesDemoSeeder.Id("p4"), "SW-LIC-HIS", "院内设备联网软件授权", 120_000m, 30_000m, 6m),
        new(QuotesDemoSeeder.Id("p5"), "SV-INSTALL", "安装调试及培训", 15_000m, 9_000m, 6m),
        new(QuotesDemoSeeder.Id("p6"), "FL-PP-10", "PP折叠滤芯 10寸", 260m, 150m),
        new(QuotesDemoSeeder.Id("p7"), "PLC-S7-1200", "PLC 控制柜（S7-1200）", 56_000m, 47_000m),
    ];

    public static List<RebateRule> RebateRules() =>
    [
        new(QuotesDemoSeeder.Id("r1"), null, null, 0m, null, null, 0m, 1m, "合同,发票", 60),
        new(QuotesDemoSeeder.Id("r2"), "经销商", null, 100_000m, 1_000_000m, 60, 2m, 5m, "合同,发票,出库单,终端医院验收单", 90),
        new(QuotesDemoSeeder.Id("r3"), "经销商", null, 1_000_000m, null, 90, 3m, 6m,
            "合同,发票,出库单,终端医院验收单,季度销量报表", 120),
        new(QuotesDemoSeeder.Id("r4"), "医院", "SW-LIC-HIS", 0m, null, null, 0m, 2m, "合同,验收报告", 45),
    ];

    public static List<QuotableDeal> Deals(IReadOnlyDictionary<string, Guid> users) =>
    [
        Deal("d1", "C-SZ-0107", "深圳瑞康医疗器械有限公司", "经销商", users["sales07"], "瑞康：监护仪联网定制软件项目"),
        Deal("d2", "C-SZ-0112", "深圳市南山区人民医院", "医院", users["sales08"], "南山医院：输液泵更新"),
        Deal("d3", "C-SX-0031", "绍兴恒清过滤设备有限公司", "制造企业", users["sales01"], "恒清：滤芯年度框架"),
        Deal("d4", "C-NB-0045", "宁波智控自动化工程有限公司", "制造企业", users["sales04"], "智控：PLC 控制柜"),
        Deal("d5", "C-SZ-0120", "广州康瑞医疗设备有限公司", "经销商", users["sales07"], "康瑞：输液泵渠道补货"),
    ];

    private static QuotableDeal Deal(string key, string code, string name, string type, Guid owner, string title) =>
        new(QuotesDemoSeeder.Id(key), DemoIds.Customer(name), code, name, owner, title, true, null)
        {
            CustomerType = type, Stage = "商务谈判",
        };
}
