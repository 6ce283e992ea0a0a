using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Leads.Data.Seeding;

internal static class DemoCustomers
{
    private static readonly (string Company, string Contact, string Phone, string Source, string Industry, string Owner)[] Rows =
    [
        ("绍兴恒清过滤设备有限公司", "陈建国", "13905751234", "转介绍", "水处理", "sales01"),
        ("宁波海天精密机械有限公司", "王磊", "13805740011", "展会扫码", "汽车零部件", "sales01"),
        ("杭州娃哈哈饮料有限公司", "李娜", "13706540022", "官网表单", "食品饮料", "sales02"),
        ("浙江新和成化工股份有限公司", "张伟", "13606750033", "展会扫码", "化工", "sales03"),
        ("北京中关村职业培训学校", "刘洋", "13901010044", "官网表单", "职业培训", "sales04"),
        ("天津滨海汽车零部件有限公司", "赵敏", "13802220055", "转介绍", "汽车零部件", "sales05"),
        ("石家庄第十二中学", "孙丽", "13703110066", "官网表单", "K12学校", "sales06"),
        ("广州珠江啤酒股份有限公司", "周杰", "13602000077", "展会扫码", "食品饮料", "sales07"),
        ("深圳华强水务有限公司", "吴芳", "13507550088", "转介绍", "水处理", "sales08"),
        ("佛山美的环境电器有限公司", "郑强", "13407570099", "官网表单", "汽车零部件", "sales09"),
    ];

    /// <summary>
    /// Key profile fields filled per demo customer (of 11; Health's demo history uses the same numbers): 深圳华强水务 has 3,
    /// so Health freezes its owner's quoting; the others spread from 5 to 10.
    /// </summary>
    private static readonly Dictionary<string, int> ProfileFilled = new()
    {
        ["绍兴恒清过滤设备有限公司"] = 10, ["宁波海天精密机械有限公司"] = 8, ["杭州娃哈哈饮料有限公司"] = 9, ["浙江新和成化工股份有限公司"] = 7,
        ["北京中关村职业培训学校"] = 5, ["天津滨海汽车零部件有限公司"] = 6, ["石家庄第十二中学"] = 6, ["广州珠江啤酒股份有限公司"] = 8,
        ["深圳华强水务有限公司"] = 3, ["佛山美的环境电器有限公司"] = 9,
    };

    /// <summary>Fills each demo customer's profile to its <see cref="ProfileFilled"/> count (company, contact, phone, industry first).</summary>
    public static void CompleteProfiles(IEnumerable<Customer> customers)
    {
        foreach (var c in customers)
        {
            var filled = ProfileFilled.GetValueOrDefault(c.Name, 4);
            string?[] extra = ["EndUser", filled >= 8 ? "KA" : "Standard", "园区路 8 号", "采购部 经理", "50–200万", "西门子"];
            string? Extra(int i) => filled - 4 > i ? extra[i] : null;
            c.EditProfile(new ProfileValues(c.Name, c.ContactName, c.Phone, filled < 4 ? null : c.Industry, c.CreditCode, Extra(0), Extra(1),
                Extra(2), Extra(3), Extra(4), Extra(5)));
        }
    }

    /// <summary>The demo companies (other modules' demo data uses the same names).</summary>
    public static IEnumerable<string> Companies => Rows.Select(r => r.Company);

    public static List<Customer> Build(Instant now, Func<string, Guid> user)
    {
        var taken = new List<string>();
        return Rows.Select((r, i) =>
        {
            var code = CustomerCodes.MakeUnique(CustomerCodes.Base(r.Phone, r.Source), taken);
            taken.Add(code);
            var details = new LeadDetails(r.Contact, r.Company, r.Phone, r.Source, r.Industry, null, null, null);
            // Deterministic ids: other modules' demo data (Collections' contracts) refer to the same customers.
            return new Customer(DemoIds.Customer(r.Company), code, details, user(r.Owner), now - Duration.FromDays(60 - i * 3));
        }).ToList();
    }
}
