using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Health.Application;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;

namespace SalesSuite.Bench.DataGen;

/// <summary>
/// Health's read models for the generated deals, written directly (a rebuild from the archive replays about 1,150 events a
/// second on two cores, bench/Health: the story of 200,000 deals is millions of events, an hour or more). Each deal's
/// process is told as the projector would have recorded it, with the same domain classes and rules
/// (<see cref="StepSample"/>, <see cref="DealTrack"/>, <see cref="QuoteTrack"/>, <see cref="CustomerTrack"/>): the lead
/// assigned and first touched (the lead → first-touch hand-off), stays in each pipeline stage between the deal's opening
/// and its close (or now, for open deals: they stay in their current stage) against the pipeline's amber / red days, the
/// sample stage skipped now and then, the tech stage task, a quote through Manager → Finance → Legal (legal the slow step,
/// slower in some teams; SLA breaches) with the customer's feedback, acceptance and the contract for won deals, paid
/// milestones, follow-ups every few days (tags, competitor mentions, intervals) and some corrections.
/// These rows are not in Health's archive: <c>health rebuild</c> would rebuild the read models from the archive alone.
/// </summary>
internal sealed class HealthGenerator : IModuleGenerator
{
    private const int Chunk = 10_000;

    private static readonly string[] Objectives = ["EstablishContact", "AdvanceSolution", "CloseSigning", "HandleObjection", "CollectFeedback"];
    private static readonly string[] Obstacles = ["预算未明确", "决策链复杂", "技术参数待确认", "交期顾虑", "价格异议"];
    private static readonly double[] TeamPace = [1.0, 1.2, 0.8, 1.6, 1.0, 0.9, 1.1, 0.85, 1.3, 1.0];

    public int Order => 60;

    public string Name => "Health";

    public async Task RunAsync(GenContext context, CancellationToken cancellationToken)
    {
        var people = await GenSources.SalespeopleAsync(context);
        var teams = await GenSources.TeamsAsync(context);
        var deals = await GenSources.DealsAsync(context, people);
        var names = await GenSources.CustomersAsync(context.DataFolder);
        var ids = new Actors(await GenSources.UserIdAsync(context, "tech"), await GenSources.UserIdAsync(context, "finance"),
            await GenSources.UserIdAsync(context, "legal"), await GenSources.UserIdAsync(context, "director"));

        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HealthDbContext>();
        var periods = scope.ServiceProvider.GetRequiredService<Periods>();
        var settings = await db.Settings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? new HealthSettings();
        var stages = await db.Stages.AsNoTracking().ToListAsync(cancellationToken);
        var pipeline = stages.GroupBy(s => s.PipelineId).OrderByDescending(g => g.Count()).FirstOrDefault()?.OrderBy(s => s.Position).ToList()
            ?? throw new InvalidOperationException("Health knows no pipeline (the demo seed projects the demo's)");
        var existingCustomers = (await db.Customers.AsNoTracking().Select(c => c.CustomerId).ToListAsync(cancellationToken)).ToHashSet();
        var existingDeals = (await db.Deals.AsNoTracking().Select(c => c.DealId).ToListAsync(cancellationToken)).ToHashSet();

        var teamOf = people.ToDictionary(p => p.Id, p => (Guid?)p.TeamId);
        var teamIndex = teams.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var managerOf = teams.ToDictionary(t => t.Id, t => t.ManagerId == Guid.Empty ? ids.Director : t.ManagerId);
        var contractOf = deals.Where(d => d.Status == "Won").Take(context.Count(50_000)).Select((d, i) => (d.Id, i))
            .ToDictionary(x => x.Id, x => Ids.For("contract", x.i));
        var random = GenContext.Random(Name);

        // Customers first (since: before their first deal; owner: the owner of their latest deal).
        var customers = new Dictionary<Guid, CustomerTrack>();
        foreach (var group in deals.Where(d => !existingDeals.Contains(d.Id)).GroupBy(d => d.CustomerId))
        {
            if (existingCustomers.Contains(group.Key))
            {
                continue;
            }
            var latest = group.MaxBy(d => d.OpenedAt)!;
            var (code, name) = names.GetValueOrDefault(group.Key, ($"GC-{group.Key.ToString("N")[..8]}", "生成客户"));
            var customer = new CustomerTrack(group.Key, code, name, latest.OwnerId, teamOf.GetValueOrDefault(latest.OwnerId), null,
                group.Min(d => d.OpenedAt) - Duration.FromDays(2 + random.Next(30)));
            customer.Profile(random.Next(3, 13), 12, [], null, null);
            customers[group.Key] = customer;
        }

        var story = new Story(random, periods, pipeline, ids, context.Now);
        var leadRows = new EntityRows<LeadTrack>(db);
        var dealRows = new EntityRows<DealTrack>(db);
        var quoteRows = new EntityRows<QuoteTrack>(db);
        var stepRows = new EntityRows<StepSample>(db);
        await using var bulk = await Bulk.OpenAsync(context.DataFolder, "health");
        long leads = 0, dealCount = 0, quotes = 0, steps = 0;
        foreach (var chunk in deals.Where(d => !existingDeals.Contains(d.Id)).Chunk(Chunk))
        {
            foreach (var deal in chunk)
            {
                var team = teamOf.GetValueOrDefault(deal.OwnerId);
                var pace = team is { } t && teamIndex.TryGetValue(t, out var i) ? TeamPace[i % TeamPace.Length] : 1.0;
                var manager = team is { } tm && managerOf.TryGetValue(tm, out var m) ? m : ids.Director;
                story.Tell(deal, team, pace, manager, customers.GetValueOrDefault(deal.CustomerId), contractOf.GetValueOrDefault(deal.Id));
            }
            leads += await leadRows.InsertAsync(bulk, story.Leads);
            dealCount += await dealRows.InsertAsync(bulk, story.Deals);
            quotes += await quoteRows.InsertAsync(bulk, story.Quotes);
            steps += await stepRows.InsertAsync(bulk, story.Steps);
            story.Clear();
        }

        // Follow-ups in time order per customer (their interval since the customer's previous one), then the corrections.
        var settingsTag = settings.NoObstacleTag;
        var competitorWords = settings.CompetitorWordList;
        var facts = new List<FollowUpFact>();
        var corrections = new List<Correction>();
        var factRows = new EntityRows<FollowUpFact>(db);
        var correctionRows = new EntityRows<Correction>(db);
        long followUps = 0, correctionCount = 0;
        foreach (var draft in story.Drafts.OrderBy(f => f.CustomerId).ThenBy(f => f.At))
        {
            var tags = TagReading.Read(draft.Tags, settingsTag, competitorWords);
            var interval = customers.TryGetValue(draft.CustomerId, out var customer) ? customer.FollowedUp(draft.At, tags.Competitor) : null;
            var fact = new FollowUpFact(draft.Id, draft.OwnerId, draft.TeamId, draft.CustomerId, draft.DealId, draft.LeadId, draft.At,
                periods.DayOf(draft.At), periods.WeekOf(draft.At), draft.Objective, tags, draft.Warning, interval);
            if (random.Next(100) < 4)
            {
                var at = draft.At + Duration.FromHours(1 + random.Next(40));
                if (at < context.Now)
                {
                    fact.Corrected();
                    corrections.Add(new Correction(NextGuid(random), draft.OwnerId, draft.TeamId, at, periods.DayOf(at), periods.WeekOf(at),
                        new RecordRef("FollowUp", draft.Id, "FollowUp", null, draft.CustomerId)));
                }
            }
            facts.Add(fact);
            if (facts.Count >= 50_000)
            {
                followUps += await factRows.InsertAsync(bulk, facts);
                facts.Clear();
            }
        }
        followUps += await factRows.InsertAsync(bulk, facts);
        correctionCount += await correctionRows.InsertAsync(bulk, corrections);
        var customerCount = await new EntityRows<CustomerTrack>(db).InsertAsync(bulk, customers.Values);
        // The step totals the process pages read are kept by Health's SaveChanges; rows written here bypass it, so they are
        // summed once from all samples (the demo's projected ones included), as the HealthStepTotals migration does.
        await using (var totals = bulk.Connection.CreateCommand())
        {
            totals.CommandText = """
                DELETE FROM "StepTotals";
                INSERT INTO "StepTotals" ("Week", "Kind", "Step", "OwnerId", "TeamId", "Count", "Skipped", "Breached", "DelayHours", "Version")
                SELECT "Week", "Kind", "Step", "OwnerId", COALESCE("TeamId", '00000000-0000-0000-0000-000000000000'), COUNT(*),
                       SUM("Skipped"), SUM("Breached"), TOTAL("DelayHours"), 0
                FROM "StepSamples"
                GROUP BY "Week", "Kind", "Step", "OwnerId", COALESCE("TeamId", '00000000-0000-0000-0000-000000000000');
                """;
            totals.CommandTimeout = 0;
            await totals.ExecuteNonQueryAsync(cancellationToken);
        }
        Console.WriteLine($"  health: {dealCount:N0} deals, {leads:N0} leads, {quotes:N0} quotes, {steps:N0} step samples, "
            + $"{followUps:N0} follow-ups, {correctionCount:N0} corrections, {customerCount:N0} customers");
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }

    private sealed record Actors(Guid Tech, Guid Finance, Guid Legal, Guid Director);

    private sealed record FollowUpDraft(Guid Id, Guid OwnerId, Guid? TeamId, Guid CustomerId, Guid? DealId, Guid? LeadId, Instant At,
        string Objective, IReadOnlyList<string> Tags, bool Warning);

    /// <summary>One deal's process as Health's projector records it.</summary>
    private sealed class Story(Random random, Periods periods, IReadOnlyList<PipelineStage> stages, Actors actors, Instant now)
    {
        public List<LeadTrack> Leads { get; } = [];
        public List<DealTrack> Deals { get; } = [];
        public List<QuoteTrack> Quotes { get; } = [];
        public List<StepSample> Steps { get; } = [];
        public List<FollowUpDraft> Drafts { get; } = [];

        private int _followUps;

        public void Clear()
        {
            Leads.Clear();
            Deals.Clear();
            Quotes.Clear();
            Steps.Clear();
        }

        public void Tell(SourceDeal deal, Guid? team, double pace, Guid manager, CustomerTrack? customer, Guid contractId)
        {
            _followUps = 0;
            var owner = deal.OwnerId;
            var opened = deal.OpenedAt;
            var end = deal.ClosedAt is { } c && deal.Status != "Open" ? c : now;
            if (end <= opened)
            {
                end = opened + Duration.FromHours(1);
            }
            var record = new RecordRef(RecordRef.Deal, deal.Id, deal.Title, deal.Id, deal.CustomerId);

            // The lead: assigned a while before the deal, first touched after a log-normal delay (the hand-off).
            if (deal.LeadId is { } leadId)
            {
                var created = opened - Duration.FromHours(24 + random.Next(24 * 5));
                var lead = new LeadTrack(leadId, created, random.Next(3) == 0 ? "展会" : "官网表单");
                var assigned = created + Hours(0.1 + random.NextDouble() * 4);
                lead.AssignTo(owner, team, assigned);
                var touched = Min(assigned + Hours(LogNormal(1.5 * pace, 1.2)), opened - Duration.FromMinutes(30));
                if (touched > assigned && lead.Touch(touched))
                {
                    Steps.Add(new StepSample(NextGuid(random), StepKind.HandOff, HandOffs.LeadToFirstTouch, owner, team,
                        new RecordRef(RecordRef.Lead, leadId, customer?.Name ?? deal.Title, null, deal.CustomerId), assigned, touched,
                        periods.WeekOf(touched), HandOffs.TargetHours(HandOffs.LeadToFirstTouch)));
                    FollowUp(owner, team, deal.CustomerId, null, leadId, "EstablishContact", touched);
                }
                lead.ConfirmNeed(opened);
                Leads.Add(lead);
            }

            // The path through the pipeline: won deals to the last stage; lost ones stop somewhere; open ones are in their stage.
            var last = stages.Count - 1;
            var target = deal.Status switch
            {
                "Won" => last,
                "Lost" => random.Next(stages.Count),
                _ => Math.Max(0, stages.ToList().FindIndex(s => s.Name == deal.Stage) is var k and >= 0 ? k : random.Next(stages.Count)),
            };
            var path = new List<(int Stage, bool Skipped)>();
            for (var s = 0; s <= target; s++)
            {
                path.Add((s, s > 0 && s < target && stages[s].Skippable && random.Next(100) < 30));
            }
            var stays = path.Where(p => !p.Skipped).ToList();
            var weights = stays.Select(p => LogNormal(p.Stage == 2 ? 2.0 * pace : 1.0, 0.5)).ToList();
            var total = weights.Sum();
            var span = end - opened;
            var dealTrack = new DealTrack(deal.Id, deal.CustomerId, owner, team, stages[0].PipelineId, deal.Title, stages[0].Name, opened,
                deal.LeadId);
            var at = opened;
            for (var k = 0; k < stays.Count; k++)
            {
                var stage = stages[stays[k].Stage];
                var leave = k == stays.Count - 1 ? end : at + span * (weights[k] / total);
                if (stage.Position == stages[0].Position && random.Next(100) < 80)
                {
                    Task("Tech", actors.Tech, owner, team, record, at + (leave - at) * 0.3, pace);
                }
                if (k == stays.Count - 1 && deal.Status == "Won")
                {
                    Task("Legal", actors.Legal, owner, team, record, at + (leave - at) * 0.3, pace);
                }
                if (stays[k].Stage == Math.Min(2, last) && target >= Math.Min(2, last))
                {
                    Quote(deal, dealTrack, customer, team, manager, at, leave, pace, contractId);
                }
                FollowUps(owner, team, deal.CustomerId, deal.Id, at, Min(leave, now));
                var closesHere = k == stays.Count - 1;
                if (!closesHere || deal.Status != "Open")
                {
                    Steps.Add(Stay(stage, dealTrack, at, leave));
                }
                if (!closesHere)
                {
                    var next = stays[k + 1].Stage;
                    foreach (var skipped in path.Where(p => p.Skipped && p.Stage > stays[k].Stage && p.Stage < next))
                    {
                        Steps.Add(new StepSample(NextGuid(random), StepKind.Stage, stages[skipped.Stage].Name, owner, team, record, leave, leave,
                            periods.WeekOf(leave), null, skipped: true));
                    }
                    dealTrack.EnterStage(stages[next].Name, leave);
                }
                at = leave;
            }
            if (deal.Status != "Open")
            {
                dealTrack.Close(deal.Status == "Won", end);
                if (deal.Status == "Won")
                {
                    customer?.Won(end - opened);
                    if (contractId != Guid.Empty)
                    {
                        Milestones(deal, dealTrack, customer, team, contractId, end);
                    }
                }
            }
            Deals.Add(dealTrack);
        }

        private StepSample Stay(PipelineStage stage, DealTrack deal, Instant from, Instant to) =>
            new(NextGuid(random), StepKind.Stage, stage.Name, deal.OwnerId, deal.TeamId, deal.Record, from, to, periods.WeekOf(to),
                (stage.AmberDays ?? stage.RedDays) * 24.0, stage.RedDays * 24.0);

        private void Task(string role, Guid actor, Guid owner, Guid? team, RecordRef record, Instant created, double pace)
        {
            var done = created + Hours(LogNormal(role == "Legal" ? 20 * pace : 5, 0.8));
            if (done > now)
            {
                return;
            }
            Steps.Add(new StepSample(NextGuid(random), StepKind.Task, role, owner, team, record, created, done, periods.WeekOf(done),
                Indicator.Get(Indicator.CrossDeptResponse).Green, actorId: actor));
        }

        /// <summary>Manager → Finance → Legal inside the negotiation stay; feedback, acceptance and the contract when won.</summary>
        private void Quote(SourceDeal deal, DealTrack track, CustomerTrack? customer, Guid? team, Guid manager, Instant from, Instant to,
            double pace, Guid contractId)
        {
            var submitted = from + (to - from) * 0.1;
            if (submitted > now)
            {
                return;
            }
            var quote = new QuoteTrack(Ids.For("quote", deal.Index), deal.Id, deal.CustomerId, deal.OwnerId, team, "V1.0", submitted);
            (string Step, Guid Approver, double Sla, double Median)[] chain =
                [("Manager", manager, 8, 3), ("Finance", actors.Finance, 24, 10), ("Legal", actors.Legal, 24, 40 * pace)];
            var waits = chain.Select(c => LogNormal(c.Median, 0.7)).ToList();
            var room = (to - submitted).TotalHours * 0.6;
            var scale = waits.Sum() > room ? room / waits.Sum() : 1.0;
            var at = submitted;
            var approved = true;
            for (var k = 0; k < chain.Length; k++)
            {
                var waited = Hours(waits[k] * scale);
                if (at + waited > now)
                {
                    approved = false;
                    break;
                }
                if (waited.TotalHours > chain[k].Sla)
                {
                    quote.Breach(chain[k].Step);
                }
                at += waited;
                Steps.Add(new StepSample(NextGuid(random), StepKind.Approval, chain[k].Step, deal.OwnerId, team, quote.Record("V1.0"),
                    at - waited, at, periods.WeekOf(at), chain[k].Sla, breached: quote.HasBreached(chain[k].Step), actorId: chain[k].Approver));
                quote.StepDecided(at);
            }
            if (approved)
            {
                quote.Approve(at);
                var feedback = at + Hours(LogNormal(30, 0.9));
                if (feedback < now && feedback < to && quote.Feedback(feedback))
                {
                    Steps.Add(new StepSample(NextGuid(random), StepKind.HandOff, HandOffs.QuoteToFeedback, deal.OwnerId, team, quote.Record(), at,
                        feedback, periods.WeekOf(feedback), HandOffs.TargetHours(HandOffs.QuoteToFeedback)));
                }
                if (deal.Status == "Won")
                {
                    var accepted = to - Hours(6);
                    quote.Accept(accepted);
                    track.ProposalAccepted(accepted);
                    customer?.Purchased(accepted);
                    if (contractId != Guid.Empty)
                    {
                        var signed = Min(deal.ClosedAt ?? now, accepted + Hours(LogNormal(20, 0.8)));
                        track.ContractSigned(contractId, signed);
                        Steps.Add(new StepSample(NextGuid(random), StepKind.HandOff, HandOffs.AcceptedToContract, deal.OwnerId, team,
                            new RecordRef(RecordRef.Contract, contractId, "HT", deal.Id, deal.CustomerId), accepted, signed, periods.WeekOf(signed),
                            HandOffs.TargetHours(HandOffs.AcceptedToContract)));
                    }
                }
            }
            Quotes.Add(quote);
        }

        private void Milestones(SourceDeal deal, DealTrack track, CustomerTrack? customer, Guid? team, Guid contractId, Instant signed)
        {
            foreach (var (name, days) in new[] { ("首付款", 7), ("到货款", 45), ("验收款", 120) })
            {
                var late = random.Next(100) < 30 ? (int)LogNormal(8, 0.8) : 0;
                var paid = signed + Duration.FromDays(days + late);
                if (paid > now)
                {
                    return;
                }
                Steps.Add(new StepSample(NextGuid(random), StepKind.Milestone, name, deal.OwnerId, team,
                    new RecordRef(RecordRef.Milestone, NextGuid(random), name, deal.Id, deal.CustomerId), paid - Duration.FromDays(late), paid,
                    periods.WeekOf(paid), 0));
                customer?.MilestonePaid(late);
            }
        }

        private void FollowUps(Guid owner, Guid? team, Guid customer, Guid deal, Instant from, Instant to)
        {
            // At most four per deal besides the first touch (Leads has the full two million; Health's indicators need the rhythm).
            for (var at = from + Hours(24 + random.NextDouble() * 72); at < to && _followUps < 4; at += Hours(48 + random.NextDouble() * 96),
                _followUps++)
            {
                FollowUp(owner, team, customer, deal, null, Objectives[random.Next(Objectives.Length)], at);
            }
        }

        private void FollowUp(Guid owner, Guid? team, Guid customer, Guid? deal, Guid? lead, string objective, Instant at)
        {
            var roll = random.Next(100);
            IReadOnlyList<string> tags = roll < 12 ? [] : roll < 22 ? ["无明显障碍"] : roll < 27 ? ["竞品低价"] : [Obstacles[random.Next(Obstacles.Length)]];
            Drafts.Add(new FollowUpDraft(NextGuid(random), owner, team, customer, deal, lead, at, objective, tags, random.Next(50) == 0));
        }

        private static Duration Hours(double h) => Duration.FromSeconds(Math.Round(h * 3600));

        private static Instant Min(Instant a, Instant b) => a < b ? a : b;

        private double LogNormal(double median, double sigma)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return median * Math.Exp(sigma * normal);
        }
    }
}
