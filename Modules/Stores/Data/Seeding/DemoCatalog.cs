using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Stores.Application.Config;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Data.Seeding;

/// <summary>Headquarters' demo catalogue: the feedback tree, one promotion of each of the 12 types, three new products.</summary>
internal sealed class DemoCatalog(StoresDbContext db, FeedbackTreeCommands tree)
{
    private static readonly (string Code, string Name, string Type, int From, int To, string? Region)[] PromotionSeeds =
    [
        ("P11-01", "双十一返场 满30减5", "threshold-discount", -30, -15, null),
        ("P11-02", "饮料买一赠一", "gift", -25, -5, null),
        ("P11-03", "咖喱鸡饭新品试吃", "tasting", -20, -10, "杭州"),
        ("P11-04", "周三会员日 95折", "member-day", -30, 10, null),
        ("P11-05", "零食节堆头陈列", "pile-display", -14, 7, null),
        ("P11-06", "热饮端架陈列", "endcap", -10, 14, null),
        ("P11-07", "鸡蛋限时特价", "flash-price", -7, 3, "宁波"),
        ("P11-08", "社群团购 周末鲜果", "group-buy", -21, 9, null),
        ("P11-09", "酸奶第二件半价", "second-half", -5, 10, null),
        ("P11-10", "积分兑换保温杯", "points", -30, 30, "绍兴"),
        ("P11-11", "与咖啡品牌联合促销", "co-promo", -12, -2, null),
        ("P11-12", "冬季火锅节主题陈列", "festival", -3, 20, null),
    ];

    public async Task<(IReadOnlyList<Promotion> Promotions, IReadOnlyList<NewProduct> Products)> SeedAsync(LocalDate today,
        IReadOnlyDictionary<string, Guid> users, CancellationToken ct)
    {
        await SeedFeedbackTreeAsync(users, ct);
        var promotions = PromotionSeeds
            .Select(p => new Promotion(Guid.NewGuid(), p.Code, p.Name, p.Type, today.PlusDays(p.From), today.PlusDays(p.To), p.Region))
            .ToList();
        db.Promotions.AddRange(promotions);
        var products = new List<NewProduct>
        {
            new(Guid.NewGuid(), "SKU-RM-01", "即食咖喱鸡饭 350g", today.PlusDays(-20)),
            new(Guid.NewGuid(), "SKU-DR-07", "零糖气泡水 青柠味 480ml", today.PlusDays(-12)),
            new(Guid.NewGuid(), "SKU-SN-03", "海苔脆片 原味", today.PlusDays(-5)),
        };
        db.Products.AddRange(products);
        return (promotions, products);
    }

    /// <summary>
    /// The starter tree (the same command as the "load the starter tree" button), then the two playbooks headquarters wrote:
    /// ready meals hard to heat (scenario 5, the demo's cluster, answered by marketing) and price objections (scenario 6).
    /// </summary>
    private async Task SeedFeedbackTreeAsync(IReadOnlyDictionary<string, Guid> users, CancellationToken ct)
    {
        await tree.EnsureStarterTreeAsync(CultureInfo.GetCultureInfo("zh-CN"), ct);
        var categories = await db.FeedbackCategories.ToListAsync(ct);
        var heating = categories.Single(c => c.Code == DemoQuestions.HeatingCategory);
        heating.SetPlaybook("即食加热应对话术包",
            "1. 先致歉并说明店内微波炉位置与使用高峰；2. 推荐可常温食用的饭团和三明治；3. 登记顾客需求，总部正在洽谈微波炉合作；"
            + "4. 高峰时段安排店员协助加热，单次不超过2分钟。", "/Stores/Clusters");
        heating.Configure(heating.SortOrder, true, null, users.GetValueOrDefault("marketing"));
        var price = categories.Single(c => c.Code == "price");
        price.SetPlaybook("价格异议应对话术", "1. 确认顾客比较的是同规格商品；2. 介绍本周会员日与满减活动；3. 记录竞品价格与门店位置，报总部比价。", null);
        price.Configure(price.SortOrder, true, null, users.GetValueOrDefault("director"));
    }
}
