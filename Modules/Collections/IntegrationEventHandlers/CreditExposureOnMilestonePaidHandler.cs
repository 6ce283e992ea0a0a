using NodaTime;
using SalesSuite.Collections.Application.Credit;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>A milestone turned paid: the customer's exposure is recomputed (a no-op when the payment already counted). Publishes <c>CreditExposureChanged</c> when it changed.</summary>
internal sealed class CreditExposureOnMilestonePaidHandler(CollectionsDbContext db, IClock clock, CreditExposureService exposure)
    : IdempotentHandler<MilestonePaid, CollectionsDbContext>(db, clock)
{
    protected override Task ApplyAsync(MilestonePaid e, CancellationToken ct) =>
        exposure.RefreshAsync(e.CustomerId, e.ActorUserId, limitChanged: false, ct);
}
