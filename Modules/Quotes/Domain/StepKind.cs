namespace SalesSuite.Quotes.Domain;

internal enum StepKind
{
    Tech,
    Finance,
    Legal,
    MarginReview,
    GeneralManager,
}
