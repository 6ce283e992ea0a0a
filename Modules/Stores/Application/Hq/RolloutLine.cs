using NodaTime;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// A new SKU's roll-out: stores with it on shelf (by the period's end) of the stores in scope, stores where it has not
/// arrived at all, and the error rate of headquarters' spot checks (wrong / verified) in the period.
/// </summary>
internal sealed record RolloutLine(
    Guid ProductId, string Sku, string Name, LocalDate LaunchOn, int InScope, int OnShelf, int NotArrived, int Verified, int Wrong)
{
    public decimal? Progress => HqMath.Rate(OnShelf, InScope);
    public decimal? ErrorRate => HqMath.Rate(Wrong, Verified);
}

/// <summary>One store's state for one SKU: the first day it was reported on shelf, whether it arrived, the last status.</summary>
internal sealed record RolloutStoreLine(HqStore Store, LocalDate? FirstOnShelf, bool Arrived, string? LastStatus, int Verified, int Wrong);
