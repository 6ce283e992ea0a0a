namespace SalesSuite.Collections.Application.Payments.Import;

/// <summary>Where a row's money would go: a milestone (contract number and title) and the amount.</summary>
internal sealed record ImportAllocation(Guid ReceivableId, Guid ContractId, string ContractNumber, string Title, decimal Amount);
