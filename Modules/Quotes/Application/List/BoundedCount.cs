using System.Globalization;

namespace SalesSuite.Quotes.Application.List;

/// <summary>A count that stops at a cap: exact below it, "cap+" (at least) above.</summary>
internal readonly record struct BoundedCount(int Value, bool AtLeast)
{
    public static BoundedCount Of(int counted, int cap) => counted > cap ? new(cap, true) : new(counted, false);

    public override string ToString() => Value.ToString("N0", CultureInfo.InvariantCulture) + (AtLeast ? "+" : string.Empty);
}
