namespace SalesSuite.Collections.Domain;

internal enum PaymentStatus
{
    Active = 0,
    /// <summary>Reversed with a reason; kept (nothing is ever deleted), its allocations given back.</summary>
    Reversed = 1,
}
