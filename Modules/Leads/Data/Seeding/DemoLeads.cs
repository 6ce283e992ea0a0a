using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Seeding;

/// <summary>Thirty leads with scenario-2 tags: most in the pool, a few claimed or converted.</summary>
internal static class DemoLeads
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];
    private static readonly string[] Given = ["伟", "芳", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟"];
    private static readonly string[] Cities = ["宁波", "杭州", "苏州", "无锡", "温州", "嘉兴", "台州", "常州", "南通", "绍兴"];
    private static readonly string[] Kinds = ["自动化设备", "精密机械", "食品科技", "化工材料", "职业技术学校", "汽车配件"];
    private static readonly string[] Sources = ["官网表单", "展会扫码", "转介绍"];
    private static readonly string[] Budgets = ["<50万", "50–200万", ">200万"];
    private static readonly string[] Needs = ["PLC编程", "标准选型", "仅比价"];
    private static readonly string[] Industries = ["汽车零部件", "食品饮料", "化工", "职业培训", "K12学校", "水处理"];

    public static IEnumerable<Lead> Build(Instant now, Func<string, Guid> user, IReadOnlyList<Customer> customers)
    {
        for (var i = 0; i < 30; i++)
        {
            var details = new LeadDetails(
                Surnames[i % 10] + Given[(i * 3) % 10],
                $"{Cities[i % 10]}{Kinds[i % 6]}有限公司",
                $"1380057{i:D4}",
                Sources[i % 3], Industries[i % 6], Budgets[(i / 3) % 3], Needs[(i / 2) % 3],
                i % 4 == 0 ? "展会上留下名片，关注产线改造" : null);
            var lead = new Lead(Guid.NewGuid(), details, now - Duration.FromHours(30 - i));
            if (i is 3 or 7)
            {
                lead.ClaimBy(user("sales01"), now - Duration.FromMinutes(30), Duration.FromHours(2));
            }
            else if (i is 11)
            {
                lead.ClaimBy(user("sales04"), now - Duration.FromMinutes(10), Duration.FromHours(2));
            }
            else if (i >= 26)
            {
                var customer = customers[i - 26];
                lead.AssignTo(customer.OwnerId ?? Guid.Empty, now - Duration.FromDays(20));
                lead.LinkCustomer(customer.Id);
                lead.Convert();
            }
            yield return lead;
        }
    }
}
