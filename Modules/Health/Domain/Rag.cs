namespace SalesSuite.Health.Domain;

/// <summary>Red / amber / green; None when there is no data to judge.</summary>
internal enum Rag
{
    None,
    Green,
    Amber,
    Red,
}
