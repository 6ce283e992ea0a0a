namespace SalesSuite.Quotes.Domain;

/// <summary>
/// A quote that would take the customer above their credit limit: the exposure Collections reported, this quote's
/// amount (gross, what the contract will be) and the limit. Checked at submission.
/// </summary>
internal sealed record CreditCheck(decimal Exposure, decimal Amount, decimal Limit)
{
    public decimal Over => Exposure + Amount - Limit;

    /// <summary>The excess, or null when the customer has no limit (or no credit known) or the quote fits under it.</summary>
    public static CreditCheck? Exceeded(CustomerCredit? credit, decimal amount, string currency) =>
        credit is { Limit: { } limit } && credit.Currency == currency && credit.Exposure + amount > limit
            ? new CreditCheck(credit.Exposure, amount, limit)
            : null;
}
