namespace SalesSuite.Leads.Domain;

internal enum TagCategory
{
    Source,
    Industry,
    Budget,
    Need,
    Obstacle,
}
