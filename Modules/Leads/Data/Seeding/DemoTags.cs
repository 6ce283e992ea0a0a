using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Seeding;

/// <summary>Scenario 2's tag sets (Ningbo automation integrator) plus obstacle tags.</summary>
internal static class DemoTags
{
    public static readonly (TagCategory Category, string[] Values)[] All =
    [
        (TagCategory.Source, ["官网表单", "展会扫码", "转介绍"]),
        (TagCategory.Budget, ["<50万", "50–200万", ">200万"]),
        (TagCategory.Need, ["PLC编程", "标准选型", "仅比价"]),
        (TagCategory.Industry, ["汽车零部件", "食品饮料", "K12学校", "职业培训", "化工", "水处理"]),
        (TagCategory.Obstacle, ["预算未明确", "采购流程不清晰", "竞品低价", "决策人未接触", "无明显障碍"]),
    ];
}
