using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Goals.Contracts;
using SalesSuite.Health.Application.Projection;
using SalesSuite.Health.Data;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Contracts;

namespace SalesSuite.Health.IntegrationEventHandlers;

// One handler per consumed event (the inbox is per handler): each archives its event and applies it through the projector.
// Events the projector does not use yet are archived all the same, so a later read model can be rebuilt from history.

// Leads
internal sealed class PipelineChangedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<PipelineChanged>(db, clock, projector);

internal sealed class LeadCreatedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<LeadCreated>(db, clock, projector);

internal sealed class LeadAssignedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<LeadAssigned>(db, clock, projector);

internal sealed class LeadClaimedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<LeadClaimed>(db, clock, projector);

internal sealed class LeadReleasedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<LeadReleased>(db, clock, projector);

internal sealed class FollowUpLoggedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<FollowUpLogged>(db, clock, projector);

internal sealed class CustomerRegisteredHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<CustomerRegistered>(db, clock, projector);

internal sealed class CustomersMergedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<CustomersMerged>(db, clock, projector);

internal sealed class CustomerProfileChangedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<CustomerProfileChanged>(db, clock, projector);

internal sealed class DealOpenedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<DealOpened>(db, clock, projector);

internal sealed class DealStageChangedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<DealStageChanged>(db, clock, projector);

internal sealed class DealClosedWonHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<DealClosedWon>(db, clock, projector);

internal sealed class DealClosedLostHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<DealClosedLost>(db, clock, projector);

internal sealed class StageTaskCompletedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<StageTaskCompleted>(db, clock, projector);

internal sealed class RecordCorrectedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<RecordCorrected>(db, clock, projector);

internal sealed class OwnershipHandedOverHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<OwnershipHandedOver>(db, clock, projector);

internal sealed class NextActionOverdueHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<NextActionOverdue>(db, clock, projector);

internal sealed class NextActionEscalatedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<NextActionEscalated>(db, clock, projector);

internal sealed class DealQuotingEligibilityChangedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<DealQuotingEligibilityChanged>(db, clock, projector);

// Quotes
internal sealed class QuoteSubmittedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<QuoteSubmitted>(db, clock, projector);

internal sealed class QuoteStepDecidedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<QuoteStepDecided>(db, clock, projector);

internal sealed class QuoteSlaBreachedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<QuoteSlaBreached>(db, clock, projector);

internal sealed class QuoteApprovedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<QuoteApproved>(db, clock, projector);

internal sealed class QuoteAcceptedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<QuoteAccepted>(db, clock, projector);

internal sealed class QuoteViewedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<QuoteViewed>(db, clock, projector);

internal sealed class QuoteExpiredHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<QuoteExpired>(db, clock, projector);

// Collections
internal sealed class ContractCreatedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<ContractCreated>(db, clock, projector);

internal sealed class PaymentRecordedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<PaymentRecorded>(db, clock, projector);

internal sealed class PaymentReversedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<PaymentReversed>(db, clock, projector);

internal sealed class MilestonePaidHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<MilestonePaid>(db, clock, projector);

internal sealed class ReceivableOverdueHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<ReceivableOverdue>(db, clock, projector);

internal sealed class OverdueReasonTaggedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<OverdueReasonTagged>(db, clock, projector);

internal sealed class DealClosedLoopHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<DealClosedLoop>(db, clock, projector);

internal sealed class CreditExposureChangedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<CreditExposureChanged>(db, clock, projector);

internal sealed class CommissionStatementApprovedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<CommissionStatementApproved>(db, clock, projector);

// Goals: archived for the process-health read models to come (no Health view uses them yet): targets set, key actions
// missed three planned days running, action contracts completed.
internal sealed class TargetSetHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<TargetSet>(db, clock, projector);

internal sealed class KeyActionMissedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<KeyActionMissed>(db, clock, projector);

internal sealed class ActionContractCompletedHandler(HealthDbContext db, IClock clock, HealthProjector projector)
    : HealthHandler<ActionContractCompleted>(db, clock, projector);
