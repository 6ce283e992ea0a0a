using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Bench.DataGen;

/// <summary>
/// Goals at scale (issue 13: the 200 salespeople in 20 teams). For every salesperson: their customers from the generated
/// deals (five of them key customers), a year of evidence written as Goals' consumers write it (one fact per event, the
/// matches derived with the same <see cref="EvidenceService.Match"/>), as bench/Goals does: on each working day a few
/// follow-ups (one in five a first contact, one in four on a key customer), now and then a stage change, a completed
/// cross-department task, a quote, a payment and a won deal; teams differ in pace. Per quarter a contract per person
/// (3 key visits, 5 new prospects, 2 collaborations a week) with person targets on won deals and collected amount under
/// their team's targets; weekly plans (this week and the four before) spread from the template. People who already have a
/// contract or target for a period (the demo's) keep theirs. Shorter scales shorten the history (at least 13 weeks).
/// </summary>
internal sealed class GoalsGenerator : IModuleGenerator
{
    private static readonly string[] Objectives = ["EstablishContact", "AdvanceSolution", "CloseSigning", "HandleObjection", "CollectFeedback"];
    private static readonly string[] Stages = ["技术确认", "样品测试", "商务谈判", "合同签署"];

    public int Order => 50;

    public string Name => "Goals";

    public async Task RunAsync(GenContext context, CancellationToken cancellationToken)
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var now = context.Now;
        var today = now.InZone(zone).Date;
        var days = Math.Max(91, context.Count(365));
        var from = today.PlusDays(-days);
        var random = GenContext.Random(Name);
        var people = await GenSources.SalespeopleAsync(context);
        var teams = (await GenSources.TeamsAsync(context)).ToDictionary(t => t.Id);
        var deals = await GenSources.DealsAsync(context, people);
        var names = await GenSources.CustomersAsync(context.DataFolder);
        var director = await GenSources.UserIdAsync(context, "director");

        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoalsDbContext>();
        var types = await db.ActionTypes.AsNoTracking().ToListAsync(cancellationToken);
        var knownCustomers = (await db.Customers.AsNoTracking().Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var knownCodes = (await db.Customers.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet();
        var factRows = new EntityRows<EvidenceFact>(db);
        var matchRows = new EntityRows<EvidenceMatch>(db);
        var customerRows = new EntityRows<GoalCustomer>(db);
        var planRows = new EntityRows<WeeklyPlan>(db);
        var itemRows = new EntityRows<PlanItem>(db);
        await using var bulk = await Bulk.OpenAsync(context.DataFolder, "goals");

        var customersOf = deals.GroupBy(d => d.OwnerId).ToDictionary(g => g.Key, g => g.Select(d => d.CustomerId).Distinct().Take(40).ToList());
        var goalCustomers = new List<GoalCustomer>();
        var keyOf = new Dictionary<Guid, List<GoalCustomer>>();
        long facts = 0, matches = 0;
        foreach (var (person, index) in people.Select((p, i) => (p, i)))
        {
            var mine = customersOf.GetValueOrDefault(person.Id) ?? [];
            if (mine.Count < 10)
            {
                mine = mine.Concat(Enumerable.Range(0, 10 - mine.Count).Select(c => Ids.For("goals-customer", index * 10 + c))).ToList();
            }
            var own = new List<GoalCustomer>();
            foreach (var (id, c) in mine.Select((x, i) => (x, i)))
            {
                var (code, name) = names.GetValueOrDefault(id, ($"G-{id:N}", $"客户 {index:000}-{c:00}"));
                if (!knownCustomers.Contains(id) && !knownCodes.Add(code))
                {
                    // The code is unique in Goals: a demo customer with the same code keeps it.
                    code = $"G-{id:N}";
                    knownCodes.Add(code);
                }
                var customer = new GoalCustomer(id, code, name, person.Id);
                customer.MarkKey(c < 5);
                own.Add(customer);
                if (knownCustomers.Add(id))
                {
                    goalCustomers.Add(customer);
                }
            }
            keyOf[person.Id] = own.Take(5).ToList();
            var keys = own.Take(5).Select(k => k.Id).ToHashSet();
            var pace = 0.6 + (TeamIndex(teams, person.TeamId) % 5) * 0.2;
            var batch = new List<EvidenceFact>();
            var found = new List<EvidenceMatch>();
            for (var day = from; day <= today; day = day.PlusDays(1))
            {
                if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                {
                    continue;
                }
                var at = day.At(new LocalTime(10, 0)).InZoneLeniently(zone).ToInstant();
                if (at > now)
                {
                    break;
                }
                var dayFacts = new List<EvidenceFact>();
                var followUps = (int)Math.Round(3 * pace * random.NextDouble() * 2);
                for (var f = 0; f < followUps; f++)
                {
                    var customer = random.NextDouble() < 0.25 ? own[random.Next(5)] : own[random.Next(own.Count)];
                    var objective = random.NextDouble() < 0.2 ? Objectives[0] : Objectives[1 + random.Next(4)];
                    dayFacts.Add(new EvidenceFact(NextGuid(random), EvidenceCatalog.FollowUpLogged, at.Plus(Duration.FromMinutes(f * 37)), day,
                        person.Id, person.Id)
                    { CustomerId = customer.Id, Value = objective, Link = "/Leads/Customers/Detail/" + customer.Id, Summary = customer.Name });
                }
                Maybe(0.3 * pace, EvidenceCatalog.DealStageChanged, 2, f => f with { Value = Stages[random.Next(4)] }, person.Id);
                Maybe(0.3 * pace, EvidenceCatalog.StageTaskCompleted, 3, f => f with { Value = "Tech", Number = 3 }, NextGuid(random));
                Maybe(0.2, EvidenceCatalog.QuoteSubmitted, 4,
                    f => f with { Metric = ResultMetric.QuoteAmount, Amount = 50_000 + random.Next(200) * 1000 }, person.Id);
                Maybe(0.1, EvidenceCatalog.MilestonePaid, 5,
                    f => f with { Metric = ResultMetric.CollectedAmount, Amount = 20_000 + random.Next(100) * 1000 }, null);
                Maybe(0.05, EvidenceCatalog.DealClosedWon, 6, f => f with { Metric = ResultMetric.NewDeals, Amount = 1 }, person.Id);
                foreach (var fact in dayFacts)
                {
                    batch.Add(fact);
                    found.AddRange(EvidenceService.Match(fact, types, keys.Contains));
                }

                void Maybe(double chance, string type, int hour, Func<FactDraft, FactDraft> shape, Guid? actor)
                {
                    if (random.NextDouble() >= chance)
                    {
                        return;
                    }
                    var draft = shape(new FactDraft(own[random.Next(own.Count)].Id, null, null, null, null));
                    dayFacts.Add(new EvidenceFact(NextGuid(random), type, at.Plus(Duration.FromHours(hour)), day, person.Id, actor)
                    { CustomerId = draft.CustomerId, Value = draft.Value, Number = draft.Number, Metric = draft.Metric, Amount = draft.Amount });
                }
            }
            facts += await factRows.InsertAsync(bulk, batch);
            matches += await matchRows.InsertAsync(bulk, found);
        }
        await customerRows.InsertAsync(bulk, goalCustomers);

        var (contracts, targets) = await ContractsAndTargetsAsync(db, people, teams, from, today, now, director, cancellationToken);
        var (plans, items) = await PlansAsync(db, bulk, planRows, itemRows, people, keyOf, today, now, cancellationToken);
        Console.WriteLine($"  goals: {people.Count} people, {facts:N0} facts, {matches:N0} matches, {goalCustomers.Count:N0} customers, "
            + $"{contracts:N0} contracts, {targets:N0} targets, {plans:N0} weekly plans ({items:N0} items), {days} days");
    }

    private sealed record FactDraft(Guid CustomerId, string? Value, int? Number, ResultMetric? Metric, decimal? Amount);

    private static int TeamIndex(Dictionary<Guid, GenTeam> teams, Guid teamId) => teams.Keys.ToList().IndexOf(teamId) is var i and >= 0 ? i : 0;

    /// <summary>Per quarter: team targets, person targets under them, and each person's contract (EF: lines are JSON).</summary>
    private static async Task<(int Contracts, int Targets)> ContractsAndTargetsAsync(GoalsDbContext db, IReadOnlyList<GenPerson> people,
        Dictionary<Guid, GenTeam> teams, LocalDate from, LocalDate today, Instant now, Guid createdBy, CancellationToken ct)
    {
        var takenContracts = (await db.Contracts.AsNoTracking().Select(c => new { c.UserId, c.PeriodKind, c.PeriodStart }).ToListAsync(ct))
            .Select(c => (c.UserId, c.PeriodKind, c.PeriodStart)).ToHashSet();
        var takenTargets = (await db.Targets.AsNoTracking().Select(t => new { t.ScopeId, t.PeriodKind, t.PeriodStart, t.Metric }).ToListAsync(ct))
            .Select(t => (t.ScopeId, t.PeriodKind, t.PeriodStart, t.Metric)).ToHashSet();
        var lines = new[] { (KeyActionType.KeyVisit, 3), (KeyActionType.NewProspect, 5), (KeyActionType.Collaboration, 2) };
        var metrics = new[] { (ResultMetric.NewDeals, 3m), (ResultMetric.CollectedAmount, 600_000m) };
        int contracts = 0, targets = 0;
        for (var quarter = GoalPeriod.Of(PeriodKind.Quarter, from); quarter.Start <= today; quarter = quarter.Next)
        {
            var weeks = (quarter.Days + 6) / 7;
            foreach (var team in people.GroupBy(p => p.TeamId))
            {
                var teamName = teams.TryGetValue(team.Key, out var t) ? t.Name : "Team";
                foreach (var (metric, each) in metrics)
                {
                    Guid? parent = null;
                    if (takenTargets.Add((team.Key, quarter.Kind, quarter.Start, metric)))
                    {
                        var teamTarget = new Target(Guid.NewGuid(), quarter, TargetScope.Team, team.Key, teamName, metric, each * team.Count(), null,
                            createdBy, now);
                        db.Targets.Add(teamTarget);
                        parent = teamTarget.Id;
                        targets++;
                    }
                    foreach (var person in team.Where(p => takenTargets.Add((p.Id, quarter.Kind, quarter.Start, metric))))
                    {
                        db.Targets.Add(new Target(Guid.NewGuid(), quarter, TargetScope.Person, person.Id, person.UserName, metric, each, parent,
                            createdBy, now));
                        targets++;
                    }
                }
                foreach (var person in team.Where(p => takenContracts.Add((p.Id, quarter.Kind, quarter.Start))))
                {
                    var contract = new ActionContract(Guid.NewGuid(), person.Id, quarter, now);
                    contract.SetLines(lines.Select(l => new ContractLine(DefaultActionTypes.IdOf(l.Item1), l.Item2 * weeks, LineSource.Target)));
                    db.Contracts.Add(contract);
                    contracts++;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return (contracts, targets);
    }

    /// <summary>This week's plan and the four before, from the default template (3 key visits, 5 new prospects, 2 collaborations).</summary>
    private static async Task<(long Plans, long Items)> PlansAsync(GoalsDbContext db, Bulk bulk, EntityRows<WeeklyPlan> planRows,
        EntityRows<PlanItem> itemRows, IReadOnlyList<GenPerson> people, Dictionary<Guid, List<GoalCustomer>> keyOf, LocalDate today, Instant now,
        CancellationToken ct)
    {
        var taken = (await db.Plans.AsNoTracking().Select(p => new { p.UserId, p.WeekStart }).ToListAsync(ct))
            .Select(p => (p.UserId, p.WeekStart)).ToHashSet();
        var keyVisit = DefaultActionTypes.IdOf(KeyActionType.KeyVisit);
        var needs = new[]
        {
            new PlanNeed(keyVisit, 3), new PlanNeed(DefaultActionTypes.IdOf(KeyActionType.NewProspect), 5),
            new PlanNeed(DefaultActionTypes.IdOf(KeyActionType.Collaboration), 2),
        };
        var monday = today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        var plans = new List<WeeklyPlan>();
        foreach (var person in people)
        {
            var keys = keyOf[person.Id].Select(k => new KeyCustomerRef(k.Id, k.Name, null)).ToList();
            for (var week = monday.PlusWeeks(-4); week <= monday; week = week.PlusWeeks(1))
            {
                if (!taken.Add((person.Id, week)))
                {
                    continue;
                }
                var at = week.PlusDays(-3).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant() + Duration.FromHours(17);
                var plan = new WeeklyPlan(Guid.NewGuid(), person.Id, week, at < now ? at : now);
                foreach (var item in PlanGenerator.Spread(week, needs, keyVisit, keys))
                {
                    plan.Add(item.Day, item.ActionTypeId, item.CustomerId, item.CustomerName, item.ProductLine, null, plan.CreatedAt);
                }
                plan.Submit(plan.CreatedAt);
                plans.Add(plan);
            }
        }
        var planCount = await planRows.InsertAsync(bulk, plans);
        var itemCount = await itemRows.InsertAsync(bulk, plans.SelectMany(p => p.Items));
        return (planCount, itemCount);
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }
}
