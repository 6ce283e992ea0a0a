namespace SalesSuite.Leads.Domain;

internal enum DealStatus
{
    Open,
    Won,
    Lost,
}
