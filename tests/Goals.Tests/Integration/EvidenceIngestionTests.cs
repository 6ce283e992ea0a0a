using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

public sealed class EvidenceIngestionTests : IClassFixture<AppFactory>
{
    private static readonly LocalDate Monday = new(2026, 11, 23);
    private readonly AppFactory _app;

    public EvidenceIngestionTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Given_a_first_contact_follow_up_When_delivered_twice_Then_one_fact_counts_once_for_new_prospect()
    {
        var sales = await _app.UserIdAsync("sales02");
        var e = Events.FollowUpLogged(sales, objective: "EstablishContact");

        await _app.ConsumeAsync(e);
        await _app.ConsumeAsync(e);

        var matches = await _app.GoalsAsync(db => db.Matches.Where(m => m.FactId == e.EventId).ToListAsync());
        var match = Assert.Single(matches);
        Assert.Equal(DefaultActionTypes.IdOf(KeyActionType.NewProspect), match.ActionTypeId);
        Assert.Equal(sales, match.UserId);
        Assert.Equal(1, await _app.GoalsAsync(db => db.Facts.CountAsync(f => f.Id == e.EventId)));
    }

    [Fact]
    public async Task Given_a_graded_A_customer_When_its_owner_logs_a_visit_Then_it_counts_as_a_key_customer_visit()
    {
        var sales = await _app.UserIdAsync("sales03");
        var customer = Guid.NewGuid();
        await _app.ConsumeAsync(Events.CustomerRegistered(customer, name: "浙江省人民医院", ownerId: sales));
        await _app.ConsumeAsync(new SalesSuite.Health.Contracts.CustomerGraded(Guid.NewGuid(), AppFactory.DefaultNow, null, customer, "A", 88m,
            null, []));
        var plain = Events.FollowUpLogged(sales);
        var key = Events.FollowUpLogged(sales, customerId: customer);

        await _app.ConsumeAsync(plain);
        await _app.ConsumeAsync(key);

        var keyVisit = DefaultActionTypes.IdOf(KeyActionType.KeyVisit);
        Assert.True(await _app.GoalsAsync(db => db.Matches.AnyAsync(m => m.FactId == key.EventId && m.ActionTypeId == keyVisit)));
        Assert.False(await _app.GoalsAsync(db => db.Matches.AnyAsync(m => m.FactId == plain.EventId && m.ActionTypeId == keyVisit)));
    }

    [Fact]
    public async Task Given_events_from_quotes_collections_and_stores_When_consumed_Then_results_and_actions_are_counted()
    {
        var sales = await _app.UserIdAsync("sales04");
        var deal = Guid.NewGuid();
        var customer = Guid.NewGuid();
        var quote = Events.QuoteSubmitted(Guid.NewGuid(), deal, sales, customer, amount: 120_000m);
        var paid = Events.MilestonePaid(dealId: deal, customerId: customer, ownerId: sales, amount: 50_000m);
        var store = Guid.NewGuid();
        var report = Events.DailyReportSubmitted(store, sales, Monday, photos: 3);

        await _app.ConsumeAsync(quote);
        await _app.ConsumeAsync(paid);
        await _app.ConsumeAsync(report);

        var facts = await _app.GoalsAsync(db => db.Facts.Where(f => f.OwnerId == sales).ToListAsync());
        Assert.Equal(120_000m, facts.Single(f => f.Metric == ResultMetric.QuoteAmount).Amount);
        Assert.Equal(50_000m, facts.Single(f => f.Metric == ResultMetric.CollectedAmount).Amount);
        var reportType = DefaultActionTypes.IdOf(KeyActionType.StoreReport);
        Assert.True(await _app.GoalsAsync(db => db.Matches.AnyAsync(m => m.FactId == report.EventId && m.ActionTypeId == reportType)));
    }

    [Fact]
    public async Task Given_a_contract_of_two_prospects_When_the_second_arrives_Then_it_completes_once()
    {
        var sales = await _app.UserIdAsync("sales05");
        var period = GoalPeriod.Of(PeriodKind.Week, Monday);
        var contractId = Guid.NewGuid();
        await _app.GoalsAsync(db =>
        {
            var contract = new ActionContract(contractId, sales, period, AppFactory.DefaultNow);
            contract.SetLines([new ContractLine(DefaultActionTypes.IdOf(KeyActionType.NewProspect), 2, LineSource.Commitment)]);
            db.Contracts.Add(contract);
            return Task.CompletedTask;
        });

        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "EstablishContact"));
        Assert.Null(await _app.GoalsAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.CompletedAt).SingleAsync()));
        var second = Events.FollowUpLogged(sales, objective: "EstablishContact");
        await _app.ConsumeAsync(second);
        await _app.ConsumeAsync(Events.FollowUpLogged(sales, objective: "EstablishContact"));

        Assert.Equal(second.OccurredAt,
            await _app.GoalsAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.CompletedAt).SingleAsync()));
        var published = await _app.PublishedAsync("ActionContractCompleted");
        Assert.Single(published, p => p.Contains(contractId.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}
