using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace SalesSuite.Bench.DataGen.Modules;

/// <summary>
/// Leads' share (at scale 1.0): 1,000,000 leads created over three years (20 % in the pool, the rest claimed, assigned,
/// converted or closed by the 200 salespeople), 300,000 customers (unique codes in Leads' format, duplicate keys as
/// Leads normalises them), 200,000 deals on the default pipeline with their stage history (older deals won or lost),
/// 2,000,000 follow-ups on the customers (half of them on a deal) and the customer timeline's own lines.
/// Claimed leads are all qualified (followed up), so the background auto-release finds nothing to do at start.
/// </summary>
internal sealed class LeadsGenerator : IModuleGenerator
{
    public const long FullLeads = 1_000_000;
    public const long FullCustomers = 300_000;
    public const long FullDeals = 200_000;
    public const long FullFollowUps = 2_000_000;

    /// <summary>Deals opened longer ago than this are closed (won or lost); younger ones are open on the kanban.</summary>
    private static readonly Duration OpenDealAge = Duration.FromDays(180);

    private static readonly Duration History = Duration.FromDays(3 * 365);

    internal static readonly string[] Sources = ["官网表单", "展会扫码", "转介绍", "API", "电话咨询"];
    internal static readonly string[] Industries = ["汽车零部件", "食品饮料", "K12学校", "职业培训", "化工", "水处理", "医疗器械", "电子制造"];
    private static readonly string[] Budgets = ["<50万", "50–200万", ">200万"];
    private static readonly string[] Needs = ["PLC编程", "标准选型", "仅比价"];
    private static readonly string[] Obstacles = ["预算未明确", "采购流程不清晰", "竞品低价", "决策人未接触", "无明显障碍"];
    private static readonly string[] Objectives = ["EstablishContact", "AdvanceSolution", "CloseSigning", "HandleObjection", "CollectFeedback"];
    private static readonly string[] Types = ["Hospital", "Manufacturer", "EndUser", "Distributor", "Integrator", "Institution"];
    private static readonly string[] Tiers = ["Tertiary", "Secondary", "KA", "Standard"];
    internal static readonly string[] ProductLines = ["袋式除尘滤芯", "液压过滤", "无菌过滤", "精密过滤器", "水处理膜组件", "空气净化单元"];
    private static readonly string[] Cities = ["宁波", "杭州", "绍兴", "苏州", "无锡", "上海", "南京", "合肥", "青岛", "天津", "广州", "深圳", "佛山", "武汉", "成都", "西安"];
    private static readonly string[] Words = ["恒达", "海天", "瑞康", "智控", "新和", "华创", "远航", "精工", "博源", "天成", "宏泰", "鑫隆", "永安", "中科", "东方", "金桥"];
    private static readonly string[] Kinds = ["精密机械", "化工材料", "食品", "汽车配件", "环保科技", "医疗器械", "电子", "水务"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "霞", "平", "刚"];
    private static readonly string[] Summaries =
    [
        "电话沟通需求，客户关注交期与售后。", "现场拜访，确认设备参数与安装条件。", "客户反馈竞品报价更低，需提供寿命成本对比。",
        "发送方案与样品测试计划，等待技术部回复。", "商务条款基本确认，账期倾向月结60天。", "拜访采购部，了解年度采购计划。",
    ];
    private static readonly string[] LostReasons = ["价格", "竞品", "预算取消", "交期"];

    public int Order => 10;

    public string Name => "leads (leads, customers, deals, stage history, follow-ups, timeline)";

    public async Task RunAsync(GenContext context, CancellationToken cancellationToken)
    {
        if (context.Salespeople.Count == 0)
        {
            throw new InvalidOperationException("The organisation generator runs first.");
        }
        await using var bulk = await Bulk.OpenAsync(context.DataFolder, "leads");
        var db = bulk.Connection;
        var stages = await StagesAsync(db);
        var pipelineId = stages[0].PipelineId;
        var now = context.Now;
        var start = now - History;
        var people = context.Salespeople;
        var customerCount = context.Count(FullCustomers);
        var leadCount = context.Count(FullLeads);
        var dealCount = Math.Min(context.Count(FullDeals), customerCount);
        var followUpCount = context.Count(FullFollowUps);

        var leads = await Table.OpenAsync(db, "Leads");
        var customers = await Table.OpenAsync(db, "Customers");
        var deals = await Table.OpenAsync(db, "Deals");
        var changes = await Table.OpenAsync(db, "DealStageChanges");
        var followUps = await Table.OpenAsync(db, "FollowUps");
        var timeline = await Table.OpenAsync(db, "Timeline");
        Table[] big = [leads, customers, deals, changes, followUps, timeline];
        foreach (var table in big)
        {
            await table.DropIndexesAsync(bulk);
        }

        // Customers: created over three years in index order; owner by index (each salesperson ~1,500 at scale 1.0).
        var taken = await CodesAsync(db);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = GenContext.Random("customers");
        for (var j = 0; j < customerCount; j++)
        {
            var baseCode = "C" + Phone(j)[^4..] + Channel(Sources[j % Sources.Length]);
            var n = used.GetValueOrDefault(baseCode);
            string code;
            do
            {
                n++;
                code = n == 1 ? baseCode : $"{baseCode}-{n}";
            }
            while (taken.Contains(code));
            used[baseCode] = n;
            // A converted lead's customer is registered a few hours after the lead came in; others spread over the years.
            var lead = LeadOfCustomer(j);
            var created = lead < leadCount
                ? LeadCreated(start, lead, leadCount) + Duration.FromHours(3 + j % 48)
                : start + History * ((j + random.NextDouble()) / customerCount * 0.97);
            context.Customers.Add(new GenCustomer(Ids.For("customer", j), code, Company(j), people[j % people.Count].Id,
                Types[j % Types.Length], created));
        }
        context.Wrote("leads", "Customers", await customers.InsertAsync(bulk, context.Customers.Select((c, j) => customers.NewRow()
            .Set("Id", c.Id).Set("Code", c.Code).Set("Name", c.Name).Set("ContactName", Person(j)).Set("Phone", Phone(j))
            .Set("Source", Sources[j % Sources.Length]).Set("Industry", Industries[j % Industries.Length])
            .Set("CreditCode", j % 3 == 0 ? $"91330{j:0000000000000}" : null)
            .Set("NormalizedPhone", Phone(j)).Set("NormalizedName", c.Name[..^4]).Set("OwnerId", c.OwnerId).Set("MergedIntoId", null)
            .Set("CreatedAt", c.CreatedAt).Set("Version", 0).Set("Address", $"{Cities[j % Cities.Length]}工业园区 {j % 300 + 1} 号")
            .Set("BudgetBand", Budgets[j % Budgets.Length]).Set("CustomerType", c.CustomerType).Set("DecisionMaker", "采购部 经理")
            .Set("MainCompetitor", j % 4 == 0 ? "颇尔" : null).Set("Tier", Tiers[j % Tiers.Length]))));

        // Leads: 2 in 10 in the pool, 3 in 10 converted into a customer (lead i ↔ customer k), the rest claimed (qualified),
        // assigned or closed. Converted leads carry their customer's details.
        context.Wrote("leads", "Leads", await leads.InsertAsync(bulk, Enumerable.Range(0, leadCount).Select(i =>
        {
            var created = LeadCreated(start, i, leadCount);
            var k = CustomerOfLead(i);
            var converted = k is { } c && c < customerCount;
            var status = (i % 10) switch
            {
                0 or 9 => "Pool",
                1 or 4 or 7 => converted ? "Converted" : "Claimed",
                2 or 5 => "Claimed",
                3 or 6 => "Assigned",
                _ => "Closed",
            };
            var index = converted ? k!.Value : customerCount + i;
            // Each block of ten leads has one owner (blocks rotate over the salespeople), so everyone holds every status.
            var owner = status == "Pool" ? (Guid?)null
                : converted ? context.Customers[k!.Value].OwnerId
                : people[(int)(i / 10 % people.Count)].Id;
            var claimed = status == "Pool" ? (Instant?)null : created + Duration.FromHours(1 + i % 47);
            var qualified = status is "Claimed" or "Converted" ? claimed + Duration.FromHours(2 + i % 20) : null;
            if (qualified > now)
            {
                qualified = now;
            }
            if (claimed > now)
            {
                claimed = now;
            }
            return leads.NewRow().Set("Id", Ids.For("lead", i)).Set("ContactName", Person(index)).Set("Company", Company(index))
                .Set("Phone", Phone(index)).Set("Source", Sources[index % Sources.Length]).Set("Industry", Industries[index % Industries.Length])
                .Set("BudgetBand", Budgets[i % Budgets.Length]).Set("NeedType", Needs[i % Needs.Length])
                .Set("Notes", i % 5 == 0 ? "官网留言：希望尽快报价" : null).Set("CreditCode", null).Set("Status", status)
                .Set("OwnerId", owner).Set("CreatedAt", created).Set("ClaimedAt", claimed).Set("ReleaseDeadline", null)
                .Set("QualifiedAt", qualified).Set("CustomerId", converted ? context.Customers[k!.Value].Id : null).Set("Version", 0);
        })));

        // Deals: deal d belongs to customer d·C/D (spread evenly); opened after the customer, older ones closed.
        var dealRandom = GenContext.Random("deals");
        var enteredAt = new Instant[dealCount][];
        for (var d = 0; d < dealCount; d++)
        {
            var j = (int)((long)d * customerCount / dealCount);
            var customer = context.Customers[j];
            var durations = stages.Select(_ => Duration.FromHours(24 * (2 + dealRandom.Next(18)) + dealRandom.Next(24))).ToArray();
            var opened = customer.CreatedAt + Duration.FromDays(1 + dealRandom.Next(20));
            var age = now - opened;
            string status;
            int reached;
            if (age > OpenDealAge)
            {
                status = dealRandom.Next(100) < 45 ? "Won" : "Lost";
                reached = status == "Won" ? stages.Count - 1 : dealRandom.Next(stages.Count);
            }
            else
            {
                status = "Open";
                reached = dealRandom.Next(stages.Count);
            }
            // Entered times follow the stage order; an open deal's last move is before now.
            var entered = new Instant[reached + 1];
            entered[0] = opened;
            for (var s = 1; s <= reached; s++)
            {
                entered[s] = entered[s - 1] + durations[s - 1];
            }
            // A young customer's deal: its moves are squeezed between the customer's registration and the last hours.
            var latest = now - Duration.FromHours(1 + dealRandom.Next(72));
            if (entered[reached] > latest)
            {
                var first = opened < latest ? opened : customer.CreatedAt + (now - customer.CreatedAt) * 0.2;
                var span = entered[reached] - entered[0];
                var room = latest - first;
                for (var s = reached; s >= 0; s--)
                {
                    entered[s] = span <= Duration.Zero || room <= Duration.Zero
                        ? first
                        : first + room * ((entered[s] - entered[0]) / span);
                }
                opened = entered[0];
            }
            Instant? closedAt = status == "Open" ? null : entered[reached] + durations[reached];
            if (closedAt > now)
            {
                closedAt = now;
            }
            var completed = stages.Take(reached).ToList();
            var canQuote = stages.Where(s => s.UnlocksQuoting).All(s => completed.Contains(s));
            var title = $"{customer.Name[..Math.Min(4, customer.Name.Length)]} {ProductLines[d % ProductLines.Length]}项目";
            var amount = 50_000m + dealRandom.Next(300) * 10_000m;
            context.Deals.Add(new GenDeal(Ids.For("deal", d), j, customer.OwnerId, title, amount, status, opened, closedAt,
                stages[reached].Name, canQuote));
            enteredAt[d] = entered;
        }
        context.Wrote("leads", "Deals", await deals.InsertAsync(bulk, context.Deals.Select((g, d) =>
        {
            var reached = enteredAt[d].Length - 1;
            return deals.NewRow().Set("Id", g.Id).Set("CustomerId", context.Customers[g.CustomerIndex].Id).Set("OwnerId", g.OwnerId)
                .Set("PipelineId", pipelineId).Set("StageId", stages[reached].Id).Set("Title", g.Title)
                .Set("ProductLine", ProductLines[d % ProductLines.Length]).Set("ExpectedAmount", g.Amount).Set("Status", g.Status)
                .Set("OpenedAt", g.OpenedAt).Set("StageEnteredAt", enteredAt[d][reached]).Set("ClosedAt", g.ClosedAt)
                .Set("CompletedStages", string.Join(',', stages.Take(reached).Select(s => s.Id.ToString())))
                .Set("CanQuote", g.CanQuote).Set("Version", 0).Set("ClosedLoopAt", null)
                .Set("LeadId", LeadOfCustomer(g.CustomerIndex) < leadCount ? Ids.For("lead", LeadOfCustomer(g.CustomerIndex)) : null);
        })));
        context.Wrote("leads", "DealStageChanges", await changes.InsertAsync(bulk, Enumerable.Range(0, dealCount).SelectMany(d =>
        {
            var g = context.Deals[d];
            var entered = enteredAt[d];
            var customer = context.Customers[g.CustomerIndex].Id;
            return Enumerable.Range(1, entered.Length - 1).Select(s => changes.NewRow()
                .Set("Id", Ids.For("stagechange", (long)d * 16 + s)).Set("DealId", g.Id).Set("CustomerId", customer)
                .Set("FromStage", stages[s - 1].Name).Set("ToStage", stages[s].Name).Set("TimeInPrevious", entered[s] - entered[s - 1])
                .Set("Skipped", false).Set("ActorUserId", g.OwnerId).Set("At", entered[s]));
        })));

        // Follow-ups: on a random customer, after it was registered; half of those whose customer has a deal are on that deal.
        var followRandom = GenContext.Random("followups");
        context.Wrote("leads", "FollowUps", await followUps.InsertAsync(bulk, Enumerable.Range(0, followUpCount).Select(f =>
        {
            var j = followRandom.Next(customerCount);
            var customer = context.Customers[j];
            var deal = DealOfCustomer(j, customerCount, dealCount);
            var at = customer.CreatedAt + (now - customer.CreatedAt) * followRandom.NextDouble();
            return followUps.NewRow().Set("Id", Ids.For("followup", f)).Set("CustomerId", customer.Id)
                .Set("DealId", deal is { } dd && f % 2 == 0 ? Ids.For("deal", dd) : null).Set("OwnerId", customer.OwnerId)
                .Set("Objective", Objectives[f % Objectives.Length]).Set("Summary", Summaries[f % Summaries.Length])
                .Set("ObstacleTags", Obstacles[f % Obstacles.Length]).Set("Location", null).Set("Warning", f % 50 == 0).Set("At", at)
                .Set("AuthorId", customer.OwnerId).Set("Version", 0)
                .SetIf("AwaitsConfirmation", false).SetIf("ConfirmedAt", null).SetIf("ConfirmedBy", null).SetIf("ConfirmLevel", 0)
                .SetIf("ConfirmAskedOf", null).SetIf("VoiceKey", null).SetIf("VoiceType", null).SetIf("VoiceSeconds", null)
                .SetIf("Latitude", null).SetIf("Longitude", null).SetIf("AccuracyMeters", null);
        })));

        // The timeline's own lines: registration of each customer, each deal opened and closed.
        context.Wrote("leads", "Timeline", await timeline.InsertAsync(bulk, TimelineRows(context, timeline, stages)));
        foreach (var table in big)
        {
            await table.CreateIndexesAsync(bulk);
        }
        // Open boards must re-render: new stamps, as any change to a board does.
        await bulk.ExecuteAsync(
            $"UPDATE BoardStamps SET Value = '{Guid.NewGuid().ToString().ToUpperInvariant()}' WHERE Board = 'Deals';" +
            $"UPDATE BoardStamps SET Value = '{Guid.NewGuid().ToString().ToUpperInvariant()}' WHERE Board = 'Pool';");
        await bulk.ExecuteAsync("ANALYZE;");
    }

    private static IEnumerable<Row> TimelineRows(GenContext context, Table timeline, IReadOnlyList<StageInfo> stages)
    {
        long n = 0;
        for (var j = 0; j < context.Customers.Count; j++)
        {
            var c = context.Customers[j];
            yield return timeline.NewRow().Set("Id", Ids.For("timeline", n++)).Set("CustomerId", c.Id).Set("TextKey", "Timeline_CustomerRegistered")
                .Set("Arguments", c.Code).Set("ActorUserId", c.OwnerId).Set("At", c.CreatedAt).Set("Link", null);
        }
        for (var d = 0; d < context.Deals.Count; d++)
        {
            var g = context.Deals[d];
            var customer = context.Customers[g.CustomerIndex].Id;
            yield return timeline.NewRow().Set("Id", Ids.For("timeline", n++)).Set("CustomerId", customer).Set("TextKey", "Timeline_DealOpened")
                .Set("Arguments", $"{g.Title}|{stages[0].Name}").Set("ActorUserId", g.OwnerId).Set("At", g.OpenedAt).Set("Link", null);
            if (g.ClosedAt is { } closed)
            {
                var won = g.Status == "Won";
                yield return timeline.NewRow().Set("Id", Ids.For("timeline", n++)).Set("CustomerId", customer)
                    .Set("TextKey", won ? "Timeline_DealWon" : "Timeline_DealLost")
                    .Set("Arguments", won ? g.Title : $"{g.Title}|{LostReasons[d % LostReasons.Length]}").Set("ActorUserId", g.OwnerId)
                    .Set("At", closed).Set("Link", null);
            }
        }
    }

    private static Instant LeadCreated(Instant start, long i, long count) => start + History * ((i + 0.5) / count * 0.97);

    /// <summary>The customer lead i was converted into (leads ending in 1, 4, 7 of each ten), if any.</summary>
    internal static int? CustomerOfLead(long i) => (i % 10) switch
    {
        1 => (int)(i / 10 * 3),
        4 => (int)(i / 10 * 3 + 1),
        7 => (int)(i / 10 * 3 + 2),
        _ => null,
    };

    internal static long LeadOfCustomer(int k) => k / 3 * 10L + (k % 3) switch { 0 => 1, 1 => 4, _ => 7 };

    /// <summary>The deal of customer j, if it has one (deal d belongs to customer d·C/D).</summary>
    internal static int? DealOfCustomer(int j, int customers, int deals)
    {
        var d = (int)(((long)j * deals + customers - 1) / customers);
        return d < deals && (int)((long)d * customers / deals) == j ? d : null;
    }

    /// <summary>A unique mobile number per index (the multiplier is prime to 10⁹).</summary>
    internal static string Phone(long index) =>
        string.Create(CultureInfo.InvariantCulture, $"1{3 + index % 7}{(index * 7_654_321L + 12_345L) % 1_000_000_000L:000000000}");

    internal static string Company(long index) =>
        Cities[index % Cities.Length] + Words[index / 16 % Words.Length] + Words[index / 256 % Words.Length] +
        Kinds[index / 7 % Kinds.Length] + "有限公司";

    internal static string Person(long index) => Surnames[index / 3 % Surnames.Length] + Given[index / 5 % Given.Length];

    private static string Channel(string source) => source switch
    {
        "官网表单" => "WEB",
        "展会扫码" => "EXP",
        "转介绍" => "REF",
        "API" => "API",
        _ => "OTH",
    };

    private static async Task<HashSet<string>> CodesAsync(SqliteConnection db)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT Code FROM Customers";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }
        return codes;
    }

    internal sealed record StageInfo(Guid Id, Guid PipelineId, string Name, bool UnlocksQuoting);

    /// <summary>The default pipeline's stages in use, in order (as the director configured them in the demo).</summary>
    private static async Task<List<StageInfo>> StagesAsync(SqliteConnection db)
    {
        await using var command = db.CreateCommand();
        command.CommandText =
            "SELECT s.Id, s.PipelineId, s.Name, s.UnlocksQuoting FROM Stages s JOIN Pipelines p ON p.Id = s.PipelineId " +
            "WHERE p.IsDefault = 1 AND s.RemovedAt IS NULL ORDER BY s.Position";
        await using var reader = await command.ExecuteReaderAsync();
        var stages = new List<StageInfo>();
        while (await reader.ReadAsync())
        {
            stages.Add(new StageInfo(Guid.Parse(reader.GetString(0)), Guid.Parse(reader.GetString(1)), reader.GetString(2), reader.GetBoolean(3)));
        }
        return stages.Count > 0 ? stages : throw new InvalidOperationException("The demo pipeline has no stages.");
    }
}
