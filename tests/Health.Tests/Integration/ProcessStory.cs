using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>
/// A small, complete process history for two salespeople: a lead assigned and touched, a deal through its stages (one
/// skipped), a quote through a slow legal step, approval, customer feedback, contract and a late milestone.
/// </summary>
internal sealed class ProcessStory
{
    public static readonly Instant Start = AppFactory.DefaultNow - Duration.FromDays(40);

    public Guid PipelineId { get; } = Guid.NewGuid();
    public Guid LeadId { get; } = Guid.NewGuid();
    public Guid CustomerId { get; } = Guid.NewGuid();
    public Guid DealId { get; } = Guid.NewGuid();
    public Guid QuoteId { get; } = Guid.NewGuid();
    public Guid ContractId { get; } = Guid.NewGuid();

    public IReadOnlyList<IIntegrationEvent> Build(Guid sales, Guid legal)
    {
        Instant Day(double d) => Start + Duration.FromHours(d * 24);
        return
        [
            Events.PipelineChanged(PipelineId, occurredAt: Day(0)),
            Events.CustomerRegistered(customerId: CustomerId, ownerId: sales, occurredAt: Day(0)),
            Events.LeadCreated(LeadId, customerId: CustomerId, occurredAt: Day(0)),
            Events.LeadAssigned(LeadId, sales, occurredAt: Day(0)),
            Events.FollowUpLogged(sales, CustomerId, leadId: LeadId, objective: "EstablishContact", occurredAt: Day(0.05)),
            Events.DealOpened(DealId, CustomerId, ownerId: sales, pipelineId: PipelineId, stageCode: "技术确认", leadId: LeadId, occurredAt: Day(0.5)),
            Events.DealStageChanged(DealId, CustomerId, sales, "技术确认", "商务谈判", Duration.FromDays(5), ["样品测试"], occurredAt: Day(5.5)),
            Events.FollowUpLogged(sales, CustomerId, DealId, obstacleTags: ["竞品低价"], occurredAt: Day(6)),
            Events.QuoteSubmitted(QuoteId, DealId, sales, CustomerId, occurredAt: Day(6)),
            Events.QuoteStepDecided(QuoteId, "Finance", Duration.FromHours(6), sla: Duration.FromHours(24), occurredAt: Day(6.25)),
            Events.QuoteSlaBreached(QuoteId, "Legal", occurredAt: Day(8)),
            Events.QuoteStepDecided(QuoteId, "Legal", Duration.FromDays(4), legal, Duration.FromHours(24), occurredAt: Day(10.25)),
            Events.QuoteApproved(QuoteId, DealId, sales, CustomerId, occurredAt: Day(10.25)),
            Events.FollowUpLogged(sales, CustomerId, DealId, objective: "CollectFeedback", occurredAt: Day(11)),
            Events.QuoteAccepted(QuoteId, DealId, CustomerId, sales, occurredAt: Day(12)),
            Events.DealStageChanged(DealId, CustomerId, sales, "商务谈判", "合同签署", Duration.FromDays(14.5), occurredAt: Day(20)),
            Events.ContractCreated(ContractId, quoteId: QuoteId, dealId: DealId, customerId: CustomerId, ownerId: sales, occurredAt: Day(13)),
            Events.MilestonePaid(ContractId, dealId: DealId, customerId: CustomerId, ownerId: sales, daysLate: 6, occurredAt: Day(30)),
            Events.DealClosedWon(DealId, CustomerId, sales, Duration.FromDays(21), occurredAt: Day(21)),
            Events.CustomerProfileChanged(CustomerId, sales, 6, occurredAt: Day(1)),
            Events.RecordCorrected(sales, customerId: CustomerId, occurredAt: Day(7)),
        ];
    }
}
