namespace SalesSuite.Leads.Application.Pool;

internal enum ClaimOutcome
{
    Claimed,
    AlreadyTaken,
    LimitReached,
}
