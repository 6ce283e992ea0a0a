using NodaTime;
using SalesSuite.Collections.Application.Credit;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Collections.IntegrationEventHandlers;

/// <summary>A new contract adds its amount to the customer's exposure. Publishes <c>CreditExposureChanged</c> when it changed.</summary>
internal sealed class CreditExposureOnContractCreatedHandler(CollectionsDbContext db, IClock clock, CreditExposureService exposure)
    : IdempotentHandler<ContractCreated, CollectionsDbContext>(db, clock)
{
    protected override Task ApplyAsync(ContractCreated e, CancellationToken ct) =>
        exposure.RefreshAsync(e.CustomerId, e.ActorUserId, limitChanged: false, ct);
}
