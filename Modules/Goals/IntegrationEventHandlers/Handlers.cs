using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.Health.Contracts;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Contracts;

namespace SalesSuite.Goals.IntegrationEventHandlers;

// One handler per consumed event (the inbox is per handler). Each maps its event to one evidence fact (EvidenceFacts).

// Leads
internal sealed class FollowUpLoggedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<FollowUpLogged>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(FollowUpLogged e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class LeadClaimedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<LeadClaimed>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(LeadClaimed e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class LeadAssignedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<LeadAssigned>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(LeadAssigned e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class CustomerRegisteredHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<CustomerRegistered>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(CustomerRegistered e, DateTimeZone zone) => EvidenceFacts.From(e, zone);

    protected override Task CustomerAsync(CustomerRegistered e, CancellationToken ct) =>
        UpsertCustomerAsync(e.CustomerId, e.Code, e.Name, e.OwnerId, ct);
}

internal sealed class CustomerProfileChangedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<CustomerProfileChanged>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(CustomerProfileChanged e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class DealOpenedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<DealOpened>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(DealOpened e, DateTimeZone zone) => EvidenceFacts.From(e, zone);

    protected override async Task CustomerAsync(DealOpened e, CancellationToken ct) =>
        (await UpsertCustomerAsync(e.CustomerId, e.CustomerCode, e.CustomerName, null, ct)).AddProductLine(e.ProductLine);
}

internal sealed class DealStageChangedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<DealStageChanged>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(DealStageChanged e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class DealClosedWonHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<DealClosedWon>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(DealClosedWon e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class StageTaskCompletedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<StageTaskCompleted>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(StageTaskCompleted e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

// Quotes
internal sealed class QuoteSubmittedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<QuoteSubmitted>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(QuoteSubmitted e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class QuoteAcceptedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<QuoteAccepted>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(QuoteAccepted e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

// Collections
internal sealed class ContractCreatedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<ContractCreated>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(ContractCreated e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class MilestonePaidHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<MilestonePaid>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(MilestonePaid e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

// Stores
internal sealed class DailyReportSubmittedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<DailyReportSubmitted>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(DailyReportSubmitted e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class PromotionExecutionReportedHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<PromotionExecutionReported>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(PromotionExecutionReported e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

internal sealed class StoreCheckedInHandler(GoalsDbContext db, IClock clock, BusinessClock business, EvidenceService recorder)
    : GoalsHandler<StoreCheckedIn>(db, clock, business, recorder)
{
    protected override EvidenceFact Fact(StoreCheckedIn e, DateTimeZone zone) => EvidenceFacts.From(e, zone);
}

// Health: the grade decides who is a key customer (no fact of its own).
internal sealed class CustomerGradedHandler(GoalsDbContext db, IClock clock)
    : IdempotentHandler<CustomerGraded, GoalsDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CustomerGraded e, CancellationToken ct)
    {
        var customer = Db.Customers.Local.FirstOrDefault(c => c.Id == e.CustomerId) ?? await Db.Customers.FindAsync([e.CustomerId], ct);
        if (customer is null)
        {
            customer = new GoalCustomer(e.CustomerId, "", e.CustomerId.ToString("N")[..8], null);
            Db.Customers.Add(customer);
        }
        customer.SetGrade(e.Grade);
    }
}
