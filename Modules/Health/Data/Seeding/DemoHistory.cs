using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Health.Data.Seeding;

/// <summary>
/// Twelve weeks of process history for the demo, as the events Leads, Quotes and Collections publish, so every Health
/// chart has a story to tell: legal review is the slowest approval step by far (the top breakpoint); 华北一组 sits in
/// 商务谈判 past its red days; sales04 leaves leads waiting (a supervisor review); sales05 logs days of "no obstacle"
/// follow-ups (assignment paused); sales08 keeps quoting a customer whose profile has 3 key fields (quoting frozen);
/// sales03 corrects history four times in a day (trace mode); customers differ in punctuality, speed, tier and
/// competition so grades spread over A+..C. Deals are on the demo customers (their links open the customer's page).
/// Ids are deterministic, so a second run adds nothing.
/// </summary>
internal sealed class DemoHistory(Instant now, DateTimeZone zone, IReadOnlyDictionary<string, Guid> users)
{
    /// <summary>The demo pipeline (Leads seeds it with the same id).</summary>
    public static readonly Guid PipelineId = DemoIds.Of("leads:pipeline:default");

    public static readonly Guid FirstEventId = DemoIds.Of("health:demo:0");

    private static readonly string[] Objectives = ["EstablishContact", "AdvanceSolution", "CloseSigning", "HandleObjection", "CollectFeedback"];
    private static readonly string[] Obstacles = ["预算未明确", "采购流程不清晰", "竞品低价", "决策人未接触"];

    // (company, owner, profile fields filled of 11, tier, days late per late milestone, competitor share, late milestones of 3)
    private static readonly (string Company, string Owner, int Filled, string Tier, int LateDays, double Competitor, int LateCount)[] Customers =
    [
        ("绍兴恒清过滤设备有限公司", "sales01", 10, "KA", 0, 0.0, 0),
        ("宁波海天精密机械有限公司", "sales01", 8, "KA", 0, 0.1, 0),
        ("杭州娃哈哈饮料有限公司", "sales02", 9, "KA", 0, 0.05, 0),
        ("浙江新和成化工股份有限公司", "sales03", 7, "Standard", 2, 0.2, 2),
        ("北京中关村职业培训学校", "sales04", 5, "Standard", 4, 0.3, 3),
        ("天津滨海汽车零部件有限公司", "sales05", 6, "Standard", 3, 0.5, 2),
        ("石家庄第十二中学", "sales06", 6, "Standard", 6, 0.6, 3),
        ("广州珠江啤酒股份有限公司", "sales07", 8, "KA", 1, 0.25, 1),
        ("深圳华强水务有限公司", "sales08", 3, "Standard", 8, 0.7, 3),
        ("佛山美的环境电器有限公司", "sales09", 9, "KA", 1, 0.1, 2),
    ];

    private readonly List<IIntegrationEvent> _events = [];
    private readonly Random _random = new(2026);
    private int _next;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private Guid Next() => DemoIds.Of($"health:demo:{_next++}");

    private Guid User(string name) => users[name];

    private Instant Ago(double days) => now - Duration.FromHours(days * 24);

    private double Vary(double value, double spread = 0.25) => value * (1 + ((_random.NextDouble() * 2) - 1) * spread);

    public IReadOnlyList<IIntegrationEvent> Build()
    {
        _events.Add(new PipelineChanged(Next(), Ago(90), null, PipelineId, "工业过滤器销售流程",
        [
            new("技术确认", 1, 8, 15, false), new("样品测试", 2, 8, 15, true), new("商务谈判", 3, 8, 12, false),
            new("合同签署", 4, 8, 15, false),
        ]));
        foreach (var c in Customers)
        {
            var id = DemoIds.Customer(c.Company);
            _events.Add(new CustomerProfileChanged(Next(), Ago(80), User(c.Owner), id, User(c.Owner), c.Filled, 11,
                Enumerable.Range(0, 11 - c.Filled).Select(i => $"field{i + 1}").ToList(), "EndUser", c.Tier));
        }
        var salespeople = Enumerable.Range(1, 9).Select(i => $"sales0{i}").ToList();
        foreach (var person in salespeople)
        {
            Leads(person);
            FollowUps(person);
            Deals(person);
        }
        Stories();
        return _events.Where(e => e.OccurredAt <= now).OrderBy(e => e.OccurredAt).ToList();
    }

    private IEnumerable<(string Company, string Owner, int Filled, string Tier, int LateDays, double Competitor, int LateCount)> Of(
        string person) =>
        Customers.Where(c => c.Owner == person);

    /// <summary>Three leads a week: first touch mostly within 2 h (sales06 slower); need confirmed in a day or two (sales04 lets them wait).</summary>
    private void Leads(string person)
    {
        var owner = User(person);
        var first = Of(person).First();
        var customer = DemoIds.Customer(first.Company);
        // Where a competitor is in most talks, the first contact already names it.
        string[] usual = first.Competitor >= 0.6 ? ["竞品低价"] : ["预算未明确"];
        for (var week = 12; week >= 1; week--)
        {
            for (var k = 0; k < 3; k++)
            {
                var lead = Next();
                var assigned = Ago(week * 7 - k * 2 - 0.3);
                _events.Add(new LeadCreated(Next(), assigned - Duration.FromMinutes(20), null, lead, k == 0 ? "官网表单" : "展会扫码", [], null, null));
                _events.Add(new LeadAssigned(Next(), assigned, null, lead, owner, null, true, null, []));
                var touchHours = person == "sales06" ? Vary(4, 0.5) : _random.NextDouble() < 0.9 ? Vary(1, 0.5) : Vary(5, 0.3);
                // sales05 tags every recent follow-up "no obstacle" by rote (the pause story below).
                IReadOnlyList<string> touchTags =
                    person == "sales05" && assigned > now - Duration.FromDays(6) ? [FollowUpTags.NoObstacle] : usual;
                _events.Add(new FollowUpLogged(Next(), assigned + Duration.FromHours(touchHours), owner, Next(), null, customer, owner,
                    "EstablishContact", touchTags, null, false, lead));
                var waits = person == "sales04" ? _random.NextDouble() < 0.5 : _random.NextDouble() < 0.08;
                if (!waits)
                {
                    var confirm = assigned + Duration.FromHours(Vary(person == "sales04" ? 40 : 18, 0.4));
                    var deal = Next();
                    _events.Add(new DealOpened(Next(), confirm, owner, deal, customer, "", "", owner, PipelineId, "需求确认", null, null, "CNY",
                        "技术确认", false, 0, lead));
                    // Most of these small opportunities are dropped within a week; the recent ones are still open.
                    var lost = confirm + Duration.FromDays(Vary(5, 0.4));
                    _events.Add(new DealClosedLost(Next(), lost, owner, deal, customer, owner, "预算不足", lost - confirm, 1));
                }
            }
        }
    }

    /// <summary>Six follow-ups a week; sales07 rarely tags obstacles; sales09 takes long over objections.</summary>
    private void FollowUps(string person)
    {
        var owner = User(person);
        var customers = Of(person).ToList();
        for (var day = 84; day >= 4; day -= 1)
        {
            if (_random.NextDouble() > 0.85)
            {
                continue;
            }
            var c = customers[_random.Next(customers.Count)];
            var objective = Objectives[_random.Next(Objectives.Length)];
            var slow = person == "sales09" && objective == "HandleObjection";
            if (slow && _random.NextDouble() < 0.5)
            {
                continue;
            }
            var tagged = _random.NextDouble() < (person == "sales07" ? 0.55 : 0.92);
            IReadOnlyList<string> tags = !tagged ? []
                : _random.NextDouble() < c.Competitor ? ["竞品低价"] : [Obstacles[_random.Next(Obstacles.Length)]];
            _events.Add(new FollowUpLogged(Next(), Ago(day - Vary(0.4, 0.5)), owner, Next(), null, DemoIds.Customer(c.Company), owner,
                objective, tags, null, _random.NextDouble() < 0.05));
        }
    }

    /// <summary>
    /// Four deals each through 技术确认 → 样品测试 (sometimes skipped) → 商务谈判 → 合同签署, with a quote through Tech, Finance,
    /// Legal (slow) and GM, the customer's answer, the contract and its milestones (late by the customer's habit).
    /// </summary>
    private void Deals(string person)
    {
        var owner = User(person);
        var team = person is "sales04" or "sales05" or "sales06" ? 1 : person is "sales07" or "sales08" or "sales09" ? 2 : 0;
        var negotiationDays = team switch { 0 => 7.0, 1 => 13.5, _ => 10.0 };
        var customers = Of(person).ToList();
        for (var d = 0; d < 4; d++)
        {
            var c = customers[d % customers.Count];
            var customer = DemoIds.Customer(c.Company);
            var deal = Next();
            var opened = Ago(80 - d * 14 - Vary(3, 0.5));
            var title = $"{c.Company[..4]} {(d % 2 == 0 ? "过滤系统" : "自动化改造")} #{d + 1}";
            _events.Add(new DealOpened(Next(), opened, owner, deal, customer, "", c.Company, owner, PipelineId, title, null, 300_000m, "CNY",
                "技术确认", false));
            var t = opened + Duration.FromHours(Vary(6, 0.3) * 24);
            var skip = _random.NextDouble() < 0.2;
            var seq = 1;
            if (skip)
            {
                _events.Add(new DealStageChanged(Next(), t, owner, deal, customer, owner, "技术确认", "商务谈判", t - opened, true, ["样品测试"], seq++));
            }
            else
            {
                _events.Add(new DealStageChanged(Next(), t, owner, deal, customer, owner, "技术确认", "样品测试", t - opened, false, [], seq++));
                _events.Add(new StageTaskCompleted(Next(), t + Duration.FromHours(Vary(3, 0.6)), User("tech"), Next(), deal, customer, owner,
                    "Tech", "设备参数确认", User("tech"), t, Duration.FromHours(Vary(3, 0.6))));
                var sampleEnd = t + Duration.FromHours(Vary(7, 0.2) * 24);
                _events.Add(new DealStageChanged(Next(), sampleEnd, owner, deal, customer, owner, "样品测试", "商务谈判", sampleEnd - t, false, [], seq++));
                t = sampleEnd;
            }
            var negotiationStart = t;
            var open = d == 3;
            if (open)
            {
                continue; // still negotiating: shows as "now in stage", red for the slow team
            }
            Quote(owner, deal, customer, negotiationStart + Duration.FromDays(1), d < c.LateCount ? c.LateDays : 0, title);
            var signed = negotiationStart + Duration.FromHours(Vary(negotiationDays, 0.2) * 24);
            _events.Add(new DealStageChanged(Next(), signed, owner, deal, customer, owner, "商务谈判", "合同签署", signed - negotiationStart, false, [],
                seq++));
            var won = signed + Duration.FromDays(Vary(3, 0.3));
            _events.Add(new DealClosedWon(Next(), won, owner, deal, customer, owner, 300_000m, "CNY", won - opened, seq));
        }
    }

    private void Quote(Guid owner, Guid deal, Guid customer, Instant submitted, int lateDays, string title)
    {
        var quote = Next();
        _events.Add(new QuoteSubmitted(Next(), submitted, owner, quote, deal, customer, "V1.0", 300_000m, "CNY", 28m, owner));
        var t = submitted;
        foreach (var (step, hours, sla, approver) in new[]
        {
            ("Tech", Vary(6), 24.0, "tech"), ("Finance", Vary(10), 24.0, "finance"), ("Legal", Vary(130, 0.25), 48.0, "legal"),
            ("GeneralManager", Vary(16, 0.6), 24.0, "gm"),
        })
        {
            var decided = t + Duration.FromHours(hours);
            if (hours > sla)
            {
                _events.Add(new QuoteSlaBreached(Next(), t + Duration.FromHours(sla), null, quote, step, User(approver), Duration.FromHours(1)));
            }
            _events.Add(new QuoteStepDecided(Next(), decided, User(approver), quote, "V1.0", step, QuoteDecision.Approved, User(approver),
                decided - t, null, Duration.FromHours(sla)));
            t = decided;
        }
        _events.Add(new QuoteApproved(Next(), t, null, quote, deal, customer, owner, "V1.0", 300_000m, "CNY"));
        var answered = t + Duration.FromHours(Vary(lateDays > 5 ? 60 : 24, 0.4));
        _events.Add(new FollowUpLogged(Next(), answered, owner, Next(), deal, customer, owner, "CollectFeedback", ["预算未明确"], null, false));
        var accepted = answered + Duration.FromHours(Vary(30, 0.3));
        _events.Add(new QuoteAccepted(Next(), accepted, null, quote, deal, customer, owner, "V1.0", 300_000m, "CNY", "客户", [], null));
        var contract = Next();
        var created = accepted + Duration.FromHours(Vary(20, 0.5));
        _events.Add(new ContractCreated(Next(), created, User("finance"), contract, $"HT-DEMO-{_next:00000}", quote, deal, customer, owner,
            300_000m, "CNY", []));
        var paid = created + Duration.FromDays(10 + lateDays);
        _events.Add(new MilestonePaid(Next(), paid, User("finance"), contract, Next(), deal, customer, owner, "预付款", 90_000m, "CNY",
            LocalDate.FromDateTime(paid.ToDateTimeUtc()), lateDays));
        if (lateDays <= 3)
        {
            var closed = paid + Duration.FromDays(Vary(20, 0.3));
            _events.Add(new DealClosedLoop(Next(), closed, User("finance"), contract, $"HT-DEMO-{_next:00000}", deal, customer, owner, 300_000m,
                "CNY"));
        }
        _ = title;
    }

    /// <summary>The seeds' stories the automatic rules act on (within the last days), and one hand-over.</summary>
    private void Stories()
    {
        // sales05: two "no obstacle" follow-ups on each of the last three business days (today included) → assignment paused.
        var sales05 = User("sales05");
        var tianjin = DemoIds.Customer("天津滨海汽车零部件有限公司");
        var today = now.InZone(zone).Date;
        var days = Enumerable.Range(0, 7).Select(i => today.PlusDays(-i))
            .Where(d => d.DayOfWeek is not IsoDayOfWeek.Saturday and not IsoDayOfWeek.Sunday).Take(3);
        foreach (var day in days)
        {
            var start = zone.AtStartOfDay(day).ToInstant();
            var first = day == today ? Max(start + Duration.FromMinutes(1), now - Duration.FromMinutes(50)) : start + Duration.FromHours(10);
            for (var k = 0; k < 2; k++)
            {
                _events.Add(new FollowUpLogged(Next(), first + Duration.FromMinutes(k * 20), sales05, Next(), null, tianjin, sales05,
                    "AdvanceSolution", [FollowUpTags.NoObstacle], null, false));
            }
        }
        // sales08: a customer with 3 key fields after several follow-ups → quoting frozen until Monday.
        var sales08 = User("sales08");
        var huaqiang = DemoIds.Customer("深圳华强水务有限公司");
        for (var k = 0; k < 3; k++)
        {
            _events.Add(new FollowUpLogged(Next(), Ago(2 - k * 0.5), sales08, Next(), null, huaqiang, sales08, "AdvanceSolution", ["竞品低价"],
                null, false));
        }
        // sales03: four corrections of past follow-ups yesterday → trace mode.
        var sales03 = User("sales03");
        for (var k = 0; k < 4; k++)
        {
            _events.Add(new RecordCorrected(Next(), Ago(1 - k * 0.05), sales03, "FollowUp", Next(), sales03,
                DemoIds.Customer("浙江新和成化工股份有限公司"), ["Summary"], null));
        }
        // A hand-over: sales06's school goes to sales05, who follows up two days later.
        var school = DemoIds.Customer("石家庄第十二中学");
        _events.Add(new OwnershipHandedOver(Next(), Ago(20), User("mgr.north"), Next(), User("sales06"),
            [new HandOverTransfer(sales05, "Customer", 1, [school])]));
        _events.Add(new FollowUpLogged(Next(), Ago(18), sales05, Next(), null, school, sales05, "EstablishContact", ["决策人未接触"], null, false));
    }
}
