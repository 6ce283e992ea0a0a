namespace SalesSuite.Collections.Application.Payments.Import;

/// <summary>
/// One bank-statement line (1-based file line) as read and matched: the customer found, whether an open milestone's
/// outstanding amount matched exactly (else oldest first), where the money would go, what stays as credit, and problems.
/// </summary>
internal sealed record ImportRow(
    int Line, string? PaidOn, string? Reference, string? Payer, decimal? Amount, string Currency, string? CustomerCode, string? Memo,
    Guid? CustomerId, string? CustomerName, bool ExactMatch, IReadOnlyList<ImportAllocation> Allocations, decimal Credit,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool Valid => Problems.Count == 0;
}
