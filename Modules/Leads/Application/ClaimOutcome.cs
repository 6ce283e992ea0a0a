namespace SalesSuite.Leads.Application;

internal enum ClaimOutcome
{
    Claimed,
    AlreadyTaken,
    LimitReached,
}
