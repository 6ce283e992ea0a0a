namespace SalesSuite.Leads.Contracts;

/// <summary>How many records of one type (Customer, Deal, NextAction, Lead) went to one receiver.</summary>
public sealed record HandOverTransfer(Guid ToUserId, string RecordType, int Count, IReadOnlyList<Guid> RecordIds);
