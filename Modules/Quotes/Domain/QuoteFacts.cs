namespace SalesSuite.Quotes.Domain;

/// <summary>
/// What chain conditions look at. <paramref name="ExceedsCreditLimit"/>: the quote would take the customer above their
/// credit limit and the settings ask for Finance's approval then (<see cref="ApprovalChainPlanner"/>).
/// </summary>
internal sealed record QuoteFacts(
    decimal Amount, decimal MarginPercent, decimal MaxDiscountPercent, IReadOnlyCollection<string> Tags, bool Urgent,
    bool ExceedsCreditLimit = false);
