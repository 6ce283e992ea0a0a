namespace SalesSuite.Quotes.Domain;

internal enum StepKind
{
    Tech,
    Finance,
    Legal,
    MarginReview,
    GeneralManager,
    /// <summary>A step the director added on the chain page: a plain approval by the chosen role.</summary>
    Review,
}
