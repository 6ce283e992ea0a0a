namespace SalesSuite.Collections.Contracts;

/// <summary>Part of a payment applied to (or taken back from) one milestone of a contract.</summary>
public sealed record AllocatedAmount(Guid ContractId, Guid MilestoneId, Guid? DealId, Guid OwnerId, decimal Amount);
