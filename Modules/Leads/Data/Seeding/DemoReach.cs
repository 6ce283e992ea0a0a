using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Seeding;

/// <summary>
/// What #12 (Reach) added, seeded on the demo customers: contacts with roles, the director's customer types and profile
/// fields (filled on some customers), visits with the warning flag and their risk cards (one
/// visit unconfirmed past 48 h and escalated one level), a named person on a stage trigger, and three days of
/// off-industry assignments so the deviation TOP 3 has names.
/// </summary>
internal static class DemoReach
{
    public static readonly (int Customer, string Name, ContactRole Role, string? Phone, string? Email, string? Title, bool Primary)[] Contacts =
    [
        (0, "陈建国", ContactRole.DecisionMaker, "13905751234", "chenjg@hengqing-filter.cn", "总经理", true),
        (0, "马晓燕", ContactRole.Purchaser, "13905752201", "maxy@hengqing-filter.cn", "采购主管", false),
        (0, "何志强", ContactRole.User, "13905752202", null, "设备科科长", false),
        (0, "沈丽华", ContactRole.Finance, "13905752203", "shenlh@hengqing-filter.cn", "财务经理", false),
        (1, "王磊", ContactRole.User, "13805740011", null, "液压车间主任", false),
        (1, "俞海峰", ContactRole.DecisionMaker, "13805740101", "yuhf@haitian-pm.cn", "副总经理", true),
        (1, "邱婷", ContactRole.Purchaser, "13805740102", null, "采购专员", false),
        (2, "李娜", ContactRole.Purchaser, "13706540022", "lina@wahaha-bev.cn", "采购经理", true),
        (2, "宗建新", ContactRole.DecisionMaker, "13706540121", null, "生产副总", false),
        (3, "张伟", ContactRole.User, "13606750033", null, "工艺工程师", false),
        (3, "潘国庆", ContactRole.DecisionMaker, "13606750131", "pangq@nhu-chem.cn", "设备部部长", true),
        (3, "许文静", ContactRole.Finance, "13606750132", "xuwj@nhu-chem.cn", "应付会计", false),
    ];

    public static void Add(LeadsDbContext db, Pipeline pipeline, IReadOnlyList<Customer> customers, Instant now, Func<string, Guid> user)
    {
        AddContacts(db, customers, now);
        AddTypesAndFields(db, customers);
        AddRiskVisits(db, customers, now, user);
        AddPersonTrigger(pipeline, user);
        AddDeviations(db, now, user);
    }

    private static void AddContacts(LeadsDbContext db, IReadOnlyList<Customer> customers, Instant now)
    {
        foreach (var c in Contacts)
        {
            var values = new ContactValues(c.Name, c.Role, c.Phone, c.Email, c.Title, c.Primary);
            db.CustomerContacts.Add(new CustomerContact(Guid.NewGuid(), customers[c.Customer].Id, values, now - Duration.FromDays(30)));
        }
    }

    /// <summary>
    /// The built-in types stored with one of the director's own (科研院所), and three fields (年采购额, 付款习惯, 设备保有量)
    /// filled on four customers. They are not key fields: completeness stays over the 11 built-in key fields that the
    /// demo's Health story (深圳华强水务 at 3 of 11) is told with; ticking "key" on /Leads/Config/Customers shows the effect.
    /// </summary>
    private static void AddTypesAndFields(LeadsDbContext db, IReadOnlyList<Customer> customers)
    {
        var types = CustomerProfileService.Defaults().Select(d => new CustomerTypeOption(Guid.NewGuid(), d.Code, null, d.Position)).ToList();
        types.Add(new CustomerTypeOption(Guid.NewGuid(), "Research", "科研院所", types.Count + 1));
        db.CustomerTypeOptions.AddRange(types);
        var spend = new ProfileField(Guid.NewGuid(), "年采购额", FieldType.Money, null, isKey: false, 1);
        var payment = new ProfileField(Guid.NewGuid(), "付款习惯", FieldType.Choice, "月结30天|月结60天|承兑汇票|预付", isKey: false, 2);
        var installed = new ProfileField(Guid.NewGuid(), "设备保有量（台）", FieldType.Number, null, isKey: false, 3);
        db.ProfileFields.AddRange(spend, payment, installed);
        (int Customer, string? Spend, string? Payment, string? Installed)[] values =
        [
            (0, "3200000", "月结60天", "46"),
            (1, "1800000", null, "12"),
            (2, null, "承兑汇票", null),
            (3, "5600000", "月结30天", "80"),
        ];
        foreach (var v in values)
        {
            var id = customers[v.Customer].Id;
            foreach (var (field, value) in new[] { (spend, v.Spend), (payment, v.Payment), (installed, v.Installed) })
            {
                if (value is not null)
                {
                    db.CustomerFieldValues.Add(new CustomerFieldValue(id, field.Id, value));
                }
            }
        }
    }

    /// <summary>
    /// Scenario 4's warning flag: two visits raise risk cards to the owner's manager (one acknowledged), and a visit
    /// logged 60 h ago that its manager never confirmed has moved up to the director (level 1).
    /// </summary>
    private static void AddRiskVisits(LeadsDbContext db, IReadOnlyList<Customer> customers, Instant now, Func<string, Guid> user)
    {
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        (int Customer, string Manager, FollowUpObjective Objective, string Summary, string Obstacles, int HoursAgo, bool Warning,
            string? Escalated, (double Lat, double Lng)? At)[] rows =
        [
            (6, "mgr.north", FollowUpObjective.HandleObjection, "学校后勤处表示预算被压缩，竞品给出低价净水方案，需在本周内拿出替代报价。",
                "竞品低价,预算未明确", 20, true, null, (38.0428, 114.5149)),
            (7, "mgr.south", FollowUpObjective.CloseSigning, "采购部称合同需总部法务重新审核，签约可能推迟一个月。",
                "采购流程不清晰", 30, true, null, null),
            (8, "mgr.south", FollowUpObjective.AdvanceSolution, "水厂技术科确认膜组件参数，等待第三方检测报告。",
                "无明显障碍", 60, false, "director", (22.5431, 114.0579)),
        ];
        foreach (var r in rows)
        {
            var customer = customers[r.Customer];
            var owner = customer.OwnerId!.Value;
            var at = now - Duration.FromHours(r.HoursAgo);
            var followUp = new FollowUp(Guid.NewGuid(), customer.Id, null, owner, r.Objective, r.Summary, r.Obstacles, null, r.Warning, at,
                authorId: owner);
            if (r.At is { } position)
            {
                followUp.Locate(position.Lat, position.Lng, 25);
            }
            followUp.AwaitConfirmationBy(user(r.Manager));
            if (r.Escalated is { } up)
            {
                followUp.EscalateConfirmation(user(up));
            }
            db.FollowUps.Add(followUp);
            db.NextActions.Add(new NextAction(Guid.NewGuid(), customer.Id, followUp.Id, owner, "电话回访关键人，确认下一步",
                now.InZone(shanghai).Date.PlusDays(2)));
            if (r.Warning)
            {
                var card = new RiskCard(Guid.NewGuid(), followUp.Id, customer.Id, owner, user(r.Manager), followUp.ObstacleTags,
                    followUp.Summary, at);
                if (r.HoursAgo > 24)
                {
                    card.Acknowledge(user(r.Manager), at + Duration.FromHours(3), "已约客户采购总监周四面谈");
                }
                db.RiskCards.Add(card);
                db.AddTimeline(customer.Id, "Timeline_RiskRaised", owner, at, string.Join(" · ", card.Obstacles), followUp.Summary);
            }
        }
    }

    /// <summary>Besides Tech's role, the delivery manager (韩东) by name gets a task with the test date when a sample test ends.</summary>
    private static void AddPersonTrigger(Pipeline pipeline, Func<string, Guid> user)
    {
        var sample = pipeline.Ordered.First(s => s.Name == "样品测试");
        var date = sample.Fields.First(f => f.Label == "样品测试完成日期");
        sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Leave, [], [user("delivery")], [date.Id], slaHours: 8);
    }

    /// <summary>
    /// Scenario 2's signal: for the three days before today, the rule gave sales06 (twice a day) and sales05 school and training
    /// leads outside their industry, and sales02 on the last two days only — so yesterday's TOP 3 has two names. Those leads
    /// were closed as not a fit (they are in nobody's list or load now); only the allocation log remembers them.
    /// </summary>
    private static void AddDeviations(LeadsDbContext db, Instant now, Func<string, Guid> user)
    {
        (string Person, int Days, int PerDay, string Industry, string Kind)[] rows =
        [
            ("sales06", 3, 2, "职业培训", "职业技能培训中心"), ("sales05", 3, 1, "K12学校", "实验小学"), ("sales02", 2, 1, "职业培训", "驾驶员培训学校"),
        ];
        string[] cities = ["嘉兴", "湖州", "金华", "衢州", "舟山", "丽水"];
        string[] surnames = ["钱", "孔", "曹", "严", "华", "金"];
        var n = 0;
        foreach (var r in rows)
        {
            for (var d = r.Days; d >= 1; d--)
            {
                for (var k = 0; k < r.PerDay; k++, n++)
                {
                    var at = now - Duration.FromDays(d) - Duration.FromHours(k + 2);
                    var details = new LeadDetails($"{surnames[n % surnames.Length]}老师", $"{cities[n % cities.Length]}市{r.Kind}",
                        $"1357100{n:D4}", "官网表单", r.Industry, "<50万", "仅比价", "行业不匹配，已关闭");
                    var lead = new Lead(Guid.NewGuid(), details, at - Duration.FromMinutes(20));
                    lead.AssignTo(user(r.Person), at);
                    lead.Close();
                    db.Leads.Add(lead);
                    db.Allocations.Add(new AllocationEntry(Guid.NewGuid(), lead.Id, user(r.Person), null, byRule: true, null, "[]", 62.5m,
                        r.Industry, industryMatched: false, null, at));
                }
            }
        }
    }
}
