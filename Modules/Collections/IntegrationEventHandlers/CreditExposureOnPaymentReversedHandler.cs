using NodaTime;
using SalesSuite.Collections.Application.Credit;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>A reversed payment gives its allocations back: the exposure goes up again. Publishes <c>CreditExposureChanged</c> when it changed.</summary>
internal sealed class CreditExposureOnPaymentReversedHandler(CollectionsDbContext db, IClock clock, CreditExposureService exposure)
    : IdempotentHandler<PaymentReversed, CollectionsDbContext>(db, clock)
{
    protected override Task ApplyAsync(PaymentReversed e, CancellationToken ct) =>
        exposure.RefreshAsync(e.CustomerId, e.ActorUserId, limitChanged: false, ct);
}
