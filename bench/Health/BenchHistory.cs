using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.SharedKernel.Events;
using E = SalesSuite.Testing.Events;

namespace SalesSuite.Health.Bench;

/// <summary>
/// Two years of sales process as Health receives it, in arrival (time) order: leads assigned or claimed and touched (some
/// late, some released untouched), customers with profiles, deals through 技术确认 → 样品测试 (often skipped) → 商务谈判 →
/// 合同签署 with follow-ups, tech and legal stage tasks, quotes through Manager → Finance → Legal approval (legal is the
/// slow step, with SLA breaches and rejections), customer feedback, acceptance, contracts, paid milestones (some late),
/// corrections and customer hand-overs; 60 salespeople in 6 teams whose pace differs. Deterministic (seeded).
/// Each story is generated whole at its lead's creation and released by a time-ordered queue; events after the end are
/// not yet happened and dropped.
/// </summary>
internal sealed class BenchHistory(IReadOnlyList<BenchSeller> sellers, Guid tech, Guid legal, Guid manager, Guid finance, Instant start,
    Instant end, double leadsPerDay, int seed = 42)
{
    public static readonly Guid PipelineId = Guid.Parse("6f1c1c9e-0000-4000-8000-000000000001");

    // 商务谈判 dwell and legal review pace by team (team 4 is the slow one the heatmap should find).
    private static readonly double[] TeamPace = [1.0, 1.2, 0.8, 1.6, 1.0, 0.9];
    private static readonly string[] Objectives = ["EstablishContact", "AdvanceSolution", "CloseSigning", "HandleObjection", "CollectFeedback"];
    private static readonly string[] Obstacles = ["预算未明确", "决策链复杂", "技术参数待确认", "交期顾虑", "价格异议"];

    private readonly Random _r = new(seed);
    private readonly Dictionary<Guid, List<Guid>> _customersOf = [];
    private int _customers;

    public IEnumerable<IIntegrationEvent> Events()
    {
        var queue = new PriorityQueue<IIntegrationEvent, (Instant, long)>();
        long n = 0;
        yield return E.PipelineChanged(PipelineId, occurredAt: start);
        var t = start;
        while (t < end)
        {
            t += Duration.FromSeconds(Exp(86400 / leadsPerDay));
            while (queue.TryPeek(out _, out var at) && at.Item1 <= t)
            {
                yield return queue.Dequeue();
            }
            foreach (var e in Story(t))
            {
                if (e.OccurredAt <= end)
                {
                    queue.Enqueue(e, (e.OccurredAt, n++));
                }
            }
        }
        while (queue.Count > 0)
        {
            yield return queue.Dequeue();
        }
    }

    /// <summary>Events per lead, from stories that are not cut off by the end (to size the history to a number of events).</summary>
    public double EventsPerLead(int stories) => Enumerable.Range(0, stories).Average(i => Story(start + Duration.FromMinutes(i)).Count);

    private List<IIntegrationEvent> Story(Instant t0)
    {
        var list = new List<IIntegrationEvent>(40);
        var seller = sellers[_r.Next(sellers.Count)];
        var owner = seller.Id;
        var pace = TeamPace[seller.Team];
        var customer = CustomerOf(owner, t0, list);
        var leadId = Guid.NewGuid();
        list.Add(E.LeadCreated(leadId, _r.Next(3) == 0 ? "展会" : "官网表单", customer, t0));
        var assigned = t0 + Hours(0.1 + _r.NextDouble() * 4);
        list.Add(_r.Next(5) == 0 ? E.LeadClaimed(leadId, owner, assigned)
            : E.LeadAssigned(leadId, owner, occurredAt: assigned));
        if (_r.Next(100) < 12)
        {
            list.Add(E.LeadReleased(leadId, owner, assigned + Hours(48)));
            return list;
        }
        var touched = assigned + Hours(LogNormal(1.5 * pace, 1.2));
        FollowUp(list, owner, customer, null, leadId, "EstablishContact", touched);
        list.Add(E.CustomerProfileChanged(customer, owner, _r.Next(3, 12), occurredAt: touched + Hours(20)));
        if (_r.Next(100) < 55)
        {
            if (_r.Next(2) == 0)
            {
                FollowUp(list, owner, customer, null, leadId, "AdvanceSolution", touched + Days(3 + _r.NextDouble() * 10));
            }
            return list;
        }
        Deal(list, seller, customer, leadId, touched + Days(1 + _r.NextDouble() * 4), pace);
        if (_r.Next(100) == 0)
        {
            HandOver(list, seller, customer, touched + Days(40 + _r.Next(60)));
        }
        return list;
    }

    private void Deal(List<IIntegrationEvent> list, BenchSeller seller, Guid customer, Guid leadId, Instant opened, double pace)
    {
        var owner = seller.Id;
        var deal = Guid.NewGuid();
        list.Add(E.DealOpened(deal, customer, $"C{_customers:000000}", $"客户{_customers}", owner, PipelineId,
            "设备采购项目", expectedAmount: 200_000m, stageCode: "技术确认", occurredAt: opened, leadId: leadId));
        var now = opened;
        long sequence = 0;
        var lost = _r.Next(100) < 35;
        var lostAt = _r.Next(4);

        // 技术确认, with a tech stage task
        var dwell = Days(2 + _r.NextDouble() * 8);
        list.Add(E.StageTaskCompleted(deal, owner, tech, "Tech", Hours(LogNormal(5, 0.8)), customer,
            occurredAt: now + dwell * 0.6));
        FollowUps(list, owner, customer, deal, now, dwell);
        now += dwell;
        if (lost && lostAt == 0)
        {
            list.Add(E.DealClosedLost(deal, customer, owner, now - opened, occurredAt: now, sequence: ++sequence));
            return;
        }
        var skipSample = _r.Next(100) < 30;
        var next = skipSample ? "商务谈判" : "样品测试";
        list.Add(E.DealStageChanged(deal, customer, owner, "技术确认", next, dwell, skipSample ? ["样品测试"] : [],
            occurredAt: now, sequence: ++sequence));
        if (!skipSample)
        {
            dwell = Days(3 + _r.NextDouble() * 12);
            FollowUps(list, owner, customer, deal, now, dwell);
            now += dwell;
            list.Add(E.DealStageChanged(deal, customer, owner, "样品测试", "商务谈判", dwell, occurredAt: now,
                sequence: ++sequence));
        }
        if (lost && lostAt == 1)
        {
            list.Add(E.DealClosedLost(deal, customer, owner, now - opened, occurredAt: now + Days(2), sequence: ++sequence));
            return;
        }

        // 商务谈判: the quote and its approval
        var negotiationStart = now;
        var quote = Guid.NewGuid();
        var approved = Quote(list, owner, customer, deal, quote, now + Days(1 + _r.NextDouble()), pace);
        FollowUp(list, owner, customer, deal, null, "CollectFeedback", approved + Hours(LogNormal(30, 0.9)));
        dwell = Duration.Max(Days(LogNormal(8 * pace, 0.5)), approved - negotiationStart + Days(1));
        FollowUps(list, owner, customer, deal, negotiationStart, dwell);
        now = negotiationStart + dwell;
        if (lost)
        {
            list.Add(E.DealClosedLost(deal, customer, owner, now - opened, occurredAt: now, sequence: ++sequence));
            return;
        }
        var accepted = now - Hours(6);
        list.Add(E.QuoteAccepted(quote, deal, customer, owner, amount: 200_000m, acceptedByName: "采购部",
            paymentSchedule: [], occurredAt: accepted));
        list.Add(E.DealStageChanged(deal, customer, owner, "商务谈判", "合同签署", dwell, occurredAt: now,
            sequence: ++sequence));

        // 合同签署, with a legal stage task; the contract and its milestones
        dwell = Days(2 + _r.NextDouble() * 6 * pace);
        list.Add(E.StageTaskCompleted(deal, owner, legal, "Legal", Hours(LogNormal(20 * pace, 0.7)), customer,
            "合同条款审核", now + dwell * 0.5));
        var contract = Guid.NewGuid();
        var signed = now + dwell;
        list.Add(E.ContractCreated(contract, $"HT-{_customers:000000}", quote, deal, customer, owner, 200_000m,
            occurredAt: signed));
        list.Add(E.DealClosedWon(deal, customer, owner, signed - opened, occurredAt: signed + Hours(2), sequence: ++sequence));
        var paid = signed;
        foreach (var (name, days) in new[] { ("首付款", 7), ("到货款", 45), ("验收款", 120) })
        {
            var late = _r.Next(100) < 30 ? (int)LogNormal(8, 0.8) : 0;
            paid = signed + Days(days + late);
            list.Add(E.MilestonePaid(contract, dealId: deal, customerId: customer, ownerId: owner, name: name,
                amount: 60_000m, daysLate: late, occurredAt: paid));
        }
        list.Add(E.DealClosedLoop(contract, $"HT-{_customers:000000}", deal, customer, owner, 200_000m, occurredAt: paid + Hours(1)));
    }

    /// <summary>Manager → Finance → Legal; legal is slow (and slower in a slow team); a rejection sends it round again as V2.0.</summary>
    private Instant Quote(List<IIntegrationEvent> list, Guid owner, Guid customer, Guid deal, Guid quote, Instant submitted, double pace)
    {
        var at = submitted;
        foreach (var version in new[] { "V1.0", "V2.0" })
        {
            list.Add(E.QuoteSubmitted(quote, deal, owner, customer, version, occurredAt: at));
            var rejected = false;
            foreach (var (step, approver, sla, median) in new[]
                { ("Manager", manager, 8.0, 3.0), ("Finance", finance, 24.0, 10.0), ("Legal", legal, 24.0, 40.0 * pace) })
            {
                var waited = Hours(LogNormal(median, 0.7));
                if (waited > Hours(sla))
                {
                    list.Add(E.QuoteSlaBreached(quote, step, Hours(1), at + Hours(sla)));
                }
                at += waited;
                rejected = version == "V1.0" && _r.Next(100) < 5;
                list.Add(E.QuoteStepDecided(quote, step, waited, approver, Hours(sla),
                    rejected ? Quotes.Contracts.QuoteDecision.Rejected : Quotes.Contracts.QuoteDecision.Approved, version, at));
                if (rejected)
                {
                    break;
                }
            }
            if (!rejected)
            {
                list.Add(E.QuoteApproved(quote, deal, owner, customer, version, at));
                return at;
            }
            at += Days(1);
        }
        return at;
    }

    private void FollowUps(List<IIntegrationEvent> list, Guid owner, Guid customer, Guid deal, Instant from, Duration length)
    {
        for (var at = from + Days(1 + _r.NextDouble() * 3); at < from + length; at += Days(2 + _r.NextDouble() * 4))
        {
            FollowUp(list, owner, customer, deal, null, Objectives[_r.Next(Objectives.Length)], at);
        }
    }

    private void FollowUp(List<IIntegrationEvent> list, Guid owner, Guid customer, Guid? deal, Guid? lead, string objective, Instant at)
    {
        var roll = _r.Next(100);
        IReadOnlyList<string> tags = roll < 12 ? [] : roll < 22 ? ["无明显障碍"] : roll < 27 ? ["竞品低价"] : [Obstacles[_r.Next(Obstacles.Length)]];
        var id = Guid.NewGuid();
        list.Add(E.FollowUpLogged(owner, customer, deal, lead, objective, tags, _r.Next(50) == 0, id, at));
        if (_r.Next(100) < 4)
        {
            list.Add(E.RecordCorrected(owner, id, "FollowUp", customer, "补充纪要", at + Hours(LogNormal(20, 1))));
        }
    }

    private void HandOver(List<IIntegrationEvent> list, BenchSeller from, Guid customer, Instant at)
    {
        var to = sellers.First(s => s.TeamId == from.TeamId && s.Id != from.Id);
        list.Add(new OwnershipHandedOver(Guid.NewGuid(), at, null, Guid.NewGuid(), from.Id,
            [new HandOverTransfer(to.Id, "Customer", 1, [customer])]));
        FollowUp(list, to.Id, customer, null, null, "EstablishContact", at + Hours(LogNormal(30, 1)));
    }

    /// <summary>A returning customer of this salesperson (3 in 10), or a new one registered just before the lead.</summary>
    private Guid CustomerOf(Guid owner, Instant at, List<IIntegrationEvent> list)
    {
        if (!_customersOf.TryGetValue(owner, out var own))
        {
            own = [];
            _customersOf[owner] = own;
        }
        if (own.Count > 0 && _r.Next(10) < 3)
        {
            return own[_r.Next(own.Count)];
        }
        var id = Guid.NewGuid();
        _customers++;
        list.Add(E.CustomerRegistered(id, $"C{_customers:000000}", $"客户{_customers}", owner, occurredAt: at - Hours(1)));
        own.Add(id);
        return id;
    }

    private static Duration Hours(double h) => Duration.FromSeconds(Math.Round(h * 3600));

    private static Duration Days(double d) => Hours(d * 24);

    private double Exp(double mean) => -mean * Math.Log(1 - _r.NextDouble());

    /// <summary>Log-normal with the given median: most quick, a long tail.</summary>
    private double LogNormal(double median, double sigma)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - _r.NextDouble())) * Math.Cos(2 * Math.PI * _r.NextDouble());
        return median * Math.Exp(sigma * normal);
    }
}
