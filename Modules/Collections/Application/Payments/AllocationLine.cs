namespace SalesSuite.Collections.Application.Payments;

/// <summary>A by-hand allocation: <paramref name="Index"/> is the form line (so a refusal lands next to it).</summary>
internal sealed record AllocationLine(int Index, Guid ReceivableId, decimal Amount);
