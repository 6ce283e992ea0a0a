namespace SalesSuite.Collections.Application.Payments;

/// <summary>How a recorded payment is spread: oldest due milestone first, or by hand line by line.</summary>
public enum AllocationMode
{
    OldestFirst = 0,
    ByHand = 1,
}
