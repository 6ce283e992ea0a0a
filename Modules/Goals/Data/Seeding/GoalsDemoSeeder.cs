using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Application.ActionTypes;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Application.Plans;
using SalesSuite.Goals.Application.Rewards;
using SalesSuite.Goals.Domain;
using SalesSuite.Goals.Domain.Campaigns;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Data.Seeding;

/// <summary>
/// Demo data, once (scenario 4: 华东一组 with a quarter's targets): the team's customers as Goals knows them, a quarter of
/// evidence (<see cref="DemoEvidence"/>), the company / team / person targets for the quarter, each person's action
/// contract and the manager's own commitments, then the completion check the consumers run. New evidence (a follow-up
/// logged in Leads) moves the same numbers live.
/// </summary>
internal sealed class GoalsDemoSeeder(
    GoalsDbContext db, IOrganisation organisation, IClock clock, BusinessClock business, ActionTypeDefaultsService defaults,
    EvidenceService evidence, PlanCommands plans, RewardCalculationService rewards)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Facts.AnyAsync(f => f.Id == DemoEvidence.FirstFactId, ct))
        {
            return;
        }
        var people = await organisation.ActiveUsersAsync(ct);
        var users = people.ToDictionary(u => u.UserName, u => u.Id);
        string[] needed = ["mgr.east", "sales01", "sales02", "sales03", "director"];
        if (needed.Any(n => !users.ContainsKey(n)))
        {
            return;
        }
        await defaults.EnsureAsync(ct);
        // A how-to for the key-customer visit (shown with the task: "观看 45 秒指引").
        if (await db.ActionTypes.FirstOrDefaultAsync(t => t.Code == KeyActionType.KeyVisit, ct) is { HowToUrl: null } visit)
        {
            visit.Change(visit.NameZh, visit.NameEn, visit.Description, visit.Rule, visit.DrivesMetric,
                "https://example.com/howto/key-customer-visit-45s.mp4", 45, visit.ForManagers);
            await db.SaveChangesAsync(ct);
        }
        var types = await db.ActionTypes.AsNoTracking().ToListAsync(ct);
        var today = business.Today;
        var now = clock.GetCurrentInstant();

        foreach (var c in DemoEvidence.Customers)
        {
            var id = DemoIds.Customer(c.Name);
            var customer = await db.Customers.FindAsync([id], ct);
            if (customer is null)
            {
                customer = new GoalCustomer(id, "", c.Name, users[c.Owner]);
                db.Customers.Add(customer);
            }
            customer.MarkKey(c.Key);
            customer.AddProductLine(c.Product);
        }
        await db.SaveChangesAsync(ct);
        var keys = DemoEvidence.Customers.Where(c => c.Key).Select(c => DemoIds.Customer(c.Name)).ToHashSet();
        keys.UnionWith(await db.Customers.AsNoTracking().Where(c => c.MarkedKey || c.Grade == "A" || c.Grade == "A+").Select(c => c.Id)
            .ToListAsync(ct));

        foreach (var fact in new DemoEvidence(today, business.Zone, users).Build())
        {
            db.Facts.Add(fact);
            db.Matches.AddRange(EvidenceService.Match(fact, types, keys.Contains));
        }

        var quarter = GoalPeriod.Of(PeriodKind.Quarter, today);
        _current = quarter;
        var team = people.First(p => p.UserName == "mgr.east");
        var sellers = new[] { "sales01", "sales02", "sales03" }.Select(n => people.First(p => p.UserName == n)).ToList();
        var director = users["director"];
        var otherTeams = people.Where(p => p.Roles.Contains(Roles.RegionalManager) && p.Id != team.Id && p.TeamId is not null)
            .OrderBy(p => p.UserName, StringComparer.Ordinal).ToList();
        foreach (var period in new[] { quarter.Previous, quarter })
        {
            AddTargets(period, team, sellers, otherTeams, director, now);
            AddContracts(period, sellers, team, now, finished: period != quarter);
        }
        AddCampaign(quarter, team, users, now);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // Contracts already met by the evidence complete at the instant of the evidence that met them (the reward ranking).
        foreach (var contract in await db.Contracts.ToListAsync(ct))
        {
            await evidence.RecheckAsync(contract, ct);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await CloseLastQuarterAsync(quarter.Previous, director, now, ct);
        await AddPlansAsync(sellers, today, now, ct);
    }

    /// <summary>Last quarter is history: the director calculated and closed the team's and the company's reward statements.</summary>
    private async Task CloseLastQuarterAsync(GoalPeriod last, Guid director, Instant now, CancellationToken ct)
    {
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.PeriodKind == last.Kind && t.PeriodStart == last.Start && t.Scope != TargetScope.Person)
            .ToListAsync(ct);
        foreach (var target in targets.Where(RewardCalculationService.HasPool))
        {
            var statement = new RewardStatement(DemoIds.Of("goals-reward:" + target.Id), target);
            var fresh = await rewards.CalculateAsync(target, ct);
            statement.Recalculate(fresh.Inputs, fresh.Outcome, now, director);
            statement.Close(now, director);
            db.RewardStatements.Add(statement);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Last week's and this week's plans of the three salespeople, drafted from the template and their contracts.</summary>
    private async Task AddPlansAsync(IReadOnlyList<OrgUser> sellers, LocalDate today, Instant now, CancellationToken ct)
    {
        var week = GoalPeriod.Of(PeriodKind.Week, today);
        foreach (var seller in sellers)
        {
            foreach (var w in new[] { week.Previous, week })
            {
                var plan = new WeeklyPlan(DemoIds.Of($"goals-plan:{seller.UserName}:{w.Key}"), seller.Id, w.Start, now);
                foreach (var a in await plans.DraftAsync(seller.Id, w.Start, ct))
                {
                    plan.Add(a.Day, a.ActionTypeId, a.CustomerId, a.CustomerName, a.ProductLine, null, now);
                }
                db.Plans.Add(plan);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private readonly Dictionary<Guid, (Guid TargetId, int Quantity)> _termsLines = [];

    private GoalPeriod _current;

    private bool IsPast(GoalPeriod period) => period.End < _current.Start;

    /// <summary>Company and team targets on collected amount and won deals, split across the three so the totals add up.</summary>
    private void AddTargets(GoalPeriod quarter, OrgUser manager, IReadOnlyList<OrgUser> sellers, IReadOnlyList<OrgUser> otherTeams, Guid by,
        Instant now)
    {
        var teamId = manager.TeamId ?? Guid.Empty;
        foreach (var (metric, company, teamAmount, weights) in new[]
                 {
                     (ResultMetric.CollectedAmount, 12_000_000m, 3_000_000m, new[] { 1.2m, 0.8m, 1m }),
                     (ResultMetric.NewDeals, 40m, 12m, new[] { 1m, 1m, 1m }),
                     // The quote target the team beats (its reward pool: 5 % of the amount above target).
                     (ResultMetric.QuoteAmount, 5_000_000m, 1_500_000m, new[] { 1.2m, 1m, 0.8m }),
                 })
        {
            var companyTarget = new Target(DemoIds.Of($"goals-target:{quarter.Key}:company:{metric}"), quarter, TargetScope.Company, null,
                "公司 Company", metric, company, null, by, now);
            var teamTarget = new Target(DemoIds.Of($"goals-target:{quarter.Key}:team:{metric}"), quarter, TargetScope.Team, teamId,
                manager.TeamName ?? "华东一组", metric, teamAmount, companyTarget.Id, by, now);
            db.Targets.AddRange(companyTarget, teamTarget);
            // The other teams share the rest of the company target equally, so the company level adds up too.
            var rest = TargetMath.Split(company - teamAmount, otherTeams.Select(_ => 1m).ToList(), metric.IsMoney() ? 0.01m : 1m);
            foreach (var (other, amount) in otherTeams.Zip(rest))
            {
                db.Targets.Add(new Target(DemoIds.Of($"goals-target:{quarter.Key}:team:{other.UserName}:{metric}"), quarter, TargetScope.Team,
                    other.TeamId, other.TeamName ?? other.UserName, metric, amount, companyTarget.Id, by, now));
            }
            var parts = TargetMath.Split(teamAmount, weights, metric.IsMoney() ? 0.01m : 1m);
            foreach (var (seller, part) in sellers.Zip(parts))
            {
                var target = new Target(DemoIds.Of($"goals-target:{quarter.Key}:person:{seller.UserName}:{metric}"), quarter, TargetScope.Person,
                    seller.Id, seller.DisplayName, metric, part, teamTarget.Id, by, now);
                if (metric == ResultMetric.CollectedAmount && !IsPast(quarter))
                {
                    // "collect ¥1,000,000" → "40 customers confirm payment terms" (¥25,000 each), plus the visits behind it.
                    var terms = (int)Math.Ceiling(part / 25_000m);
                    target.SetKeyActions([new KeyActionLine(DefaultActionTypes.IdOf(KeyActionType.TermsConfirmed), terms)]);
                    _termsLines[seller.Id] = (target.Id, terms);
                }
                db.Targets.Add(target);
            }
        }
    }

    /// <summary>
    /// The team's quarter campaign (scenario 4's 骨科关节置换专项攻坚): the team's demo customers, two scripts, a 75-second video,
    /// three check-in points counted from evidence (key-customer visit, quote submitted, payment terms confirmed).
    /// </summary>
    private void AddCampaign(GoalPeriod quarter, OrgUser manager, IReadOnlyDictionary<string, Guid> users, Instant now)
    {
        var q = quarter.Key[^1];
        var customers = DemoEvidence.Customers
            .Select(c => new CampaignCustomer(DemoIds.Customer(c.Name), c.Name, users[c.Owner]))
            .ToList();
        var plan = new CampaignPlan($"Q{q}骨科关节置换专项攻坚", "重点医院完成拜访、报价和账期确认 / key hospitals: visit, quote, payment terms",
            quarter.Start, quarter.End, manager.TeamId ?? Guid.Empty, manager.TeamName ?? "华东一组", customers,
            [
                new CampaignScript("开场白 Opening", "主任您好，这次想和您聊聊关节置换的新术式和配套服务……"),
                new CampaignScript("价格异议 Price objection", "我们的方案包含术后随访与器械培训，综合成本比单看器械单价更低……"),
            ],
            [
                new CampaignMaterial("膝关节置换术式演示（75 秒）", "https://example.com/ortho/knee-75s.mp4", 75),
                new CampaignMaterial("客户档案 Customers", "/Leads/Customers", null),
            ],
            [
                new CampaignStep(DefaultActionTypes.IdOf(KeyActionType.KeyVisit), 1, quarter.Start.PlusDays(59)),
                new CampaignStep(DefaultActionTypes.IdOf(KeyActionType.QuoteSubmitted), 1, quarter.Start.PlusDays(75)),
                new CampaignStep(DefaultActionTypes.IdOf(KeyActionType.TermsConfirmed), 1, null),
            ]);
        var campaign = new Campaign(DemoIds.Of("goals-campaign:" + quarter.Key), plan, manager.Id, now);
        campaign.Activate(now);
        db.Campaigns.Add(campaign);
    }

    /// <summary>Each salesperson's contract: the weekly template over the quarter; the manager's own commitments.</summary>
    private void AddContracts(GoalPeriod quarter, IReadOnlyList<OrgUser> sellers, OrgUser manager, Instant now, bool finished)
    {
        // Last quarter's contracts were smaller (the team's first quarter on Goals), so the evidence met some of them.
        var weeks = finished ? 5 : (quarter.Days + 6) / 7;
        foreach (var seller in sellers)
        {
            var contract = new ActionContract(DemoIds.Of($"goals-contract:{quarter.Key}:{seller.UserName}"), seller.Id, quarter, now);
            List<ContractLine> lines =
            [
                new ContractLine(DefaultActionTypes.IdOf(KeyActionType.KeyVisit), 3 * weeks, LineSource.Target),
                new ContractLine(DefaultActionTypes.IdOf(KeyActionType.NewProspect), 5 * weeks, LineSource.Target),
                new ContractLine(DefaultActionTypes.IdOf(KeyActionType.Collaboration), 2 * weeks, LineSource.Target),
            ];
            if (!finished && _termsLines.TryGetValue(seller.Id, out var terms))
            {
                // The collected-amount target's decomposition: "collect ¥1,200,000" → 48 customers confirm payment terms.
                lines.Add(new ContractLine(DefaultActionTypes.IdOf(KeyActionType.TermsConfirmed), terms.Quantity, LineSource.Target,
                    terms.TargetId));
            }
            contract.SetLines(lines);
            db.Contracts.Add(contract);
        }
        var own = new ActionContract(DemoIds.Of($"goals-contract:{quarter.Key}:{manager.UserName}"), manager.Id, quarter, now);
        own.SetLines(
        [
            new ContractLine(DefaultActionTypes.IdOf(KeyActionType.StoreMeeting), 2 * 4, LineSource.Commitment, Note: "每月 2 次门店晨会"),
            new ContractLine(DefaultActionTypes.IdOf(KeyActionType.ProfileReview), 10, LineSource.Commitment, Note: "复核 10 份客户档案"),
            new ContractLine(DefaultActionTypes.IdOf(KeyActionType.Coaching), 3, LineSource.Commitment, Note: "带新人推进 3 个商机"),
        ]);
        db.Contracts.Add(own);
    }
}
