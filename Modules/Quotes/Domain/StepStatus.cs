namespace SalesSuite.Quotes.Domain;

internal enum StepStatus
{
    Waiting,
    Active,
    Approved,
    Rejected,
    Cancelled,
}
