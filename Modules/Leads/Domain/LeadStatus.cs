namespace SalesSuite.Leads.Domain;

internal enum LeadStatus
{
    Pool,
    Claimed,
    Assigned,
    Converted,
    Closed,
}
