using NodaTime;
using SalesSuite.Collections.Application.Credit;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>Money allocated to milestones lowers the customer's exposure. Publishes <c>CreditExposureChanged</c> when it changed.</summary>
internal sealed class CreditExposureOnPaymentRecordedHandler(CollectionsDbContext db, IClock clock, CreditExposureService exposure)
    : IdempotentHandler<PaymentRecorded, CollectionsDbContext>(db, clock)
{
    protected override Task ApplyAsync(PaymentRecorded e, CancellationToken ct) =>
        exposure.RefreshAsync(e.CustomerId, e.ActorUserId, limitChanged: false, ct);
}
