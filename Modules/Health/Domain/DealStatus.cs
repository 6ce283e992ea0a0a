namespace SalesSuite.Health.Domain;

internal enum DealState
{
    Open,
    Won,
    Lost,
}
