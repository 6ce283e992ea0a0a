namespace SalesSuite.Leads.Contracts;

public enum LeadReleaseReason
{
    Timeout,
    Manual,
    HandOver,
}
