using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.Health.Bench;

namespace SalesSuite.Goals.Bench;

/// <summary>What the generator wrote.</summary>
internal sealed record BenchCounts(int People, int Facts, int Matches, int Contracts, int Targets);

/// <summary>
/// A year of evidence for every bench salesperson, written straight into Goals' tables (deterministic): on each working
/// day about three follow-ups (one in five a first contact, one in four on one of their five key customers), and now and
/// then a stage change, a completed cross-department task, a quote, a payment and a won deal; matches derived with the
/// same <see cref="EvidenceService.Match"/> the consumers use. Plus a contract per person and quarter (3 key visits, 5 new
/// prospects, 2 collaborations a week) and person targets on won deals and collected amount.
/// </summary>
internal static class BenchEvidence
{
    public static async Task<BenchCounts> WriteAsync(IServiceProvider root, IReadOnlyList<BenchSeller> sellers, LocalDate today, int days,
        DateTimeZone zone, Guid createdBy)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoalsDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var types = await db.ActionTypes.AsNoTracking().ToListAsync();
        var random = new Random(11);
        var facts = 0;
        var matches = 0;
        var from = today.PlusDays(-days);
        var stages = new[] { "技术确认", "样品测试", "商务谈判", "合同签署" };
        string[] objectives = ["EstablishContact", "AdvanceSolution", "CloseSigning", "HandleObjection", "CollectFeedback"];
        foreach (var (seller, index) in sellers.Select((s, i) => (s, i)))
        {
            var customers = Enumerable.Range(0, 30).Select(c => DeterministicGuid(index, c)).ToList();
            foreach (var (customer, c) in customers.Select((x, i) => (x, i)))
            {
                var gc = new GoalCustomer(customer, $"B{index:000}{c:00}", $"客户{index:000}-{c:00}", seller.Id);
                gc.MarkKey(c < 5);
                db.Customers.Add(gc);
            }
            var keys = customers.Take(5).ToHashSet();
            // Teams differ in pace: activity 60 %..140 %.
            var pace = 0.6 + (seller.Team % 5) * 0.2;
            for (var day = from; day <= today; day = day.PlusDays(1))
            {
                if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                {
                    continue;
                }
                var at = day.At(new LocalTime(10, 0)).InZoneLeniently(zone).ToInstant();
                var batch = new List<EvidenceFact>();
                var followUps = (int)Math.Round(3 * pace * random.NextDouble() * 2);
                for (var f = 0; f < followUps; f++)
                {
                    var customer = random.NextDouble() < 0.25 ? customers[random.Next(5)] : customers[random.Next(30)];
                    var objective = random.NextDouble() < 0.2 ? objectives[0] : objectives[1 + random.Next(4)];
                    batch.Add(new EvidenceFact(Guid.NewGuid(), EvidenceCatalog.FollowUpLogged, at.Plus(Duration.FromMinutes(f * 37)), day,
                        seller.Id, seller.Id)
                    { CustomerId = customer, Value = objective, Link = "/Leads/Customers/Detail/" + customer, Summary = objective });
                }
                if (random.NextDouble() < 0.3 * pace)
                {
                    batch.Add(new EvidenceFact(Guid.NewGuid(), EvidenceCatalog.DealStageChanged, at.Plus(Duration.FromHours(2)), day,
                        seller.Id, seller.Id)
                    { CustomerId = customers[random.Next(30)], Value = stages[random.Next(4)] });
                }
                if (random.NextDouble() < 0.3 * pace)
                {
                    batch.Add(new EvidenceFact(Guid.NewGuid(), EvidenceCatalog.StageTaskCompleted, at.Plus(Duration.FromHours(3)), day,
                        seller.Id, Guid.NewGuid())
                    { CustomerId = customers[random.Next(30)], Value = "Tech", Number = 3 });
                }
                if (random.NextDouble() < 0.2)
                {
                    batch.Add(new EvidenceFact(Guid.NewGuid(), EvidenceCatalog.QuoteSubmitted, at.Plus(Duration.FromHours(4)), day,
                        seller.Id, seller.Id)
                    { CustomerId = customers[random.Next(30)], Metric = ResultMetric.QuoteAmount, Amount = 50_000 + random.Next(200) * 1000 });
                }
                if (random.NextDouble() < 0.1)
                {
                    batch.Add(new EvidenceFact(Guid.NewGuid(), EvidenceCatalog.MilestonePaid, at.Plus(Duration.FromHours(5)), day,
                        seller.Id, null)
                    { CustomerId = customers[random.Next(30)], Metric = ResultMetric.CollectedAmount, Amount = 20_000 + random.Next(100) * 1000 });
                }
                if (random.NextDouble() < 0.05)
                {
                    batch.Add(new EvidenceFact(Guid.NewGuid(), EvidenceCatalog.DealClosedWon, at.Plus(Duration.FromHours(6)), day,
                        seller.Id, seller.Id)
                    { CustomerId = customers[random.Next(30)], Metric = ResultMetric.NewDeals, Amount = 1 });
                }
                foreach (var fact in batch)
                {
                    db.Facts.Add(fact);
                    var found = EvidenceService.Match(fact, types, keys.Contains);
                    db.Matches.AddRange(found);
                    matches += found.Count;
                }
                facts += batch.Count;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var contracts = 0;
        var targets = 0;
        var lines = new[] { (KeyActionType.KeyVisit, 3), (KeyActionType.NewProspect, 5), (KeyActionType.Collaboration, 2) };
        var quarters = new List<GoalPeriod>();
        for (var q = GoalPeriod.Of(PeriodKind.Quarter, from); q.Start <= today; q = q.Next)
        {
            quarters.Add(q);
        }
        var now = today.At(new LocalTime(9, 0)).InZoneLeniently(zone).ToInstant();
        foreach (var seller in sellers)
        {
            foreach (var quarter in quarters)
            {
                var weeks = (quarter.Days + 6) / 7;
                var contract = new ActionContract(Guid.NewGuid(), seller.Id, quarter, now);
                contract.SetLines(lines.Select(l => new ContractLine(DefaultActionTypes.IdOf(l.Item1), l.Item2 * weeks, LineSource.Target)));
                db.Contracts.Add(contract);
                contracts++;
                db.Targets.Add(new Target(Guid.NewGuid(), quarter, TargetScope.Person, seller.Id, seller.Id.ToString("N")[..8],
                    ResultMetric.NewDeals, 3, null, createdBy, now));
                db.Targets.Add(new Target(Guid.NewGuid(), quarter, TargetScope.Person, seller.Id, seller.Id.ToString("N")[..8],
                    ResultMetric.CollectedAmount, 600_000, null, createdBy, now));
                targets += 2;
            }
        }
        await db.SaveChangesAsync();
        return new BenchCounts(sellers.Count, facts, matches, contracts, targets);
    }

    private static Guid DeterministicGuid(int seller, int customer)
    {
        var bytes = new byte[16];
        BitConverter.GetBytes(seller).CopyTo(bytes, 0);
        BitConverter.GetBytes(customer).CopyTo(bytes, 4);
        bytes[15] = 0x60;
        return new Guid(bytes);
    }
}
