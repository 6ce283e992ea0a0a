using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Goals.Data.Seeding;

/// <summary>
/// Scenario 4's team (华东一组: mgr.east with sales01–03, orthopaedic implants, Hangzhou) from the start of the last quarter to
/// the seed day, as evidence facts (deterministic): visits on their customers (key ones more often), first contacts,
/// cross-department tasks, quotes, payments and won deals; the manager checks in at stores, reviews profiles and moves a
/// salesperson's deal. sales03 works hard and converts little (the "high activity, low conversion" cell); sales02 is quiet.
/// </summary>
internal sealed class DemoEvidence(LocalDate today, DateTimeZone zone, IReadOnlyDictionary<string, Guid> users)
{
    /// <summary>The team's demo customers (Leads' demo companies; ids shared through DemoIds) and their owners.</summary>
    public static readonly (string Name, string Owner, bool Key, string Product)[] Customers =
    [
        ("绍兴恒清过滤设备有限公司", "sales01", true, "髋关节置换系统"),
        ("宁波海天精密机械有限公司", "sales01", false, "脊柱内固定系统"),
        ("杭州娃哈哈饮料有限公司", "sales02", true, "膝关节置换系统"),
        ("浙江新和成化工股份有限公司", "sales03", true, "创伤接骨板"),
    ];

    /// <summary>The first fact's id: present means the demo evidence is there.</summary>
    public static readonly Guid FirstFactId = DemoIds.Of("goals-demo-fact:0");

    private int _sequence;

    public List<EvidenceFact> Build()
    {
        var facts = new List<EvidenceFact>();
        // The previous quarter too: its statement (reward pool) is closed history; this quarter is in progress.
        var from = GoalPeriod.Of(PeriodKind.Quarter, today).Previous.Start;
        var random = new Random(4);
        // (visits a day, first-contact share, quote chance, payment chance, win chance)
        var pace = new Dictionary<string, (double Visits, double Prospect, double Quote, double Pay, double Win)>
        {
            ["sales01"] = (1.6, 0.3, 0.15, 0.12, 0.05),
            ["sales02"] = (0.7, 0.2, 0.08, 0.06, 0.02),
            ["sales03"] = (2.4, 0.35, 0.05, 0, 0),
        };
        // sales03's one small payment of the quarter (the rest of the team collects weekly).
        var sales03 = Customers.First(c => c.Owner == "sales03");
        facts.Add(Fact(Types.MilestonePaid, from.PlusDays(1), 11, users["sales03"], null, sales03.Name, metric: ResultMetric.CollectedAmount,
            amount: 50_000, summary: "预付款"));
        for (var day = from; day < today; day = day.PlusDays(1))
        {
            if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                continue;
            }
            foreach (var (seller, p) in pace)
            {
                var owner = users[seller];
                var mine = Customers.Where(c => c.Owner == seller).ToList();
                var visits = (int)Math.Floor(p.Visits + random.NextDouble());
                for (var v = 0; v < visits; v++)
                {
                    var c = mine[random.Next(mine.Count)];
                    var first = random.NextDouble() < p.Prospect;
                    facts.Add(Fact(Types.FollowUpLogged, day, 9 + v, owner, owner, c.Name, value: first ? "EstablishContact" : "AdvanceSolution",
                        summary: c.Name));
                }
                if (random.NextDouble() < 0.35)
                {
                    var c = mine[random.Next(mine.Count)];
                    facts.Add(Fact(Types.StageTaskCompleted, day, 15, owner, users.GetValueOrDefault("tech", owner), c.Name, value: "Tech",
                        summary: "设备参数确认 / equipment parameters"));
                }
                if (random.NextDouble() < p.Quote)
                {
                    var c = mine[random.Next(mine.Count)];
                    facts.Add(Fact(Types.QuoteSubmitted, day, 16, owner, owner, c.Name, metric: ResultMetric.QuoteAmount,
                        amount: 80_000 + random.Next(40) * 5_000, summary: "V1.0"));
                }
                if (random.NextDouble() < p.Pay)
                {
                    var c = mine[random.Next(mine.Count)];
                    facts.Add(Fact(Types.MilestonePaid, day, 11, owner, null, c.Name, metric: ResultMetric.CollectedAmount,
                        amount: 60_000 + random.Next(30) * 5_000, summary: "到货款"));
                }
                if (random.NextDouble() < p.Win)
                {
                    var c = mine[random.Next(mine.Count)];
                    facts.Add(Fact(Types.DealClosedWon, day, 17, owner, owner, c.Name, metric: ResultMetric.NewDeals, amount: 1,
                        summary: c.Product));
                }
            }
            // The manager's own commitments: store morning meetings, profile reviews, coaching a deal forward.
            var manager = users["mgr.east"];
            if (day.DayOfWeek == IsoDayOfWeek.Monday)
            {
                facts.Add(Fact(Types.StoreCheckedIn, day, 8, manager, manager, null, flag: true, summary: "HZ-001"));
            }
            if (random.NextDouble() < 0.25)
            {
                var c = Customers[random.Next(Customers.Length)];
                facts.Add(Fact(Types.CustomerProfileChanged, day, 14, users[c.Owner], manager, c.Name, summary: c.Name));
            }
            if (random.NextDouble() < 0.1)
            {
                var c = Customers[random.Next(Customers.Length)];
                facts.Add(Fact(Types.DealStageChanged, day, 15, users[c.Owner], manager, c.Name, value: "商务谈判",
                    summary: "样品测试 → 商务谈判"));
            }
        }
        return facts;
    }

    private EvidenceFact Fact(string type, LocalDate day, int hour, Guid? owner, Guid? actor, string? customer, string? value = null,
        bool? flag = null, ResultMetric? metric = null, decimal? amount = null, string? summary = null)
    {
        var id = DemoIds.Of("goals-demo-fact:" + _sequence++);
        var at = day.At(new LocalTime(Math.Min(hour, 20), 0)).InZoneLeniently(zone).ToInstant();
        var customerId = customer is null ? (Guid?)null : DemoIds.Customer(customer);
        return new EvidenceFact(id, type, at, day, owner, actor)
        {
            CustomerId = customerId, Value = value, Flag = flag, Metric = metric, Amount = amount, Summary = summary,
            Link = customerId is { } c ? "/Leads/Customers/Detail/" + c : null,
        };
    }

    // Short names for the catalogue's event types.
    private static class Types
    {
        public const string FollowUpLogged = EvidenceCatalog.FollowUpLogged;
        public const string StageTaskCompleted = EvidenceCatalog.StageTaskCompleted;
        public const string QuoteSubmitted = EvidenceCatalog.QuoteSubmitted;
        public const string MilestonePaid = EvidenceCatalog.MilestonePaid;
        public const string DealClosedWon = EvidenceCatalog.DealClosedWon;
        public const string StoreCheckedIn = EvidenceCatalog.StoreCheckedIn;
        public const string CustomerProfileChanged = EvidenceCatalog.CustomerProfileChanged;
        public const string DealStageChanged = EvidenceCatalog.DealStageChanged;
    }
}
