using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Domain;

/// <summary>Target arithmetic: splits that always add up, and the check a stored split must pass.</summary>
internal static class TargetMath
{
    /// <summary>
    /// Splits <paramref name="total"/> across <paramref name="weights"/> in units of <paramref name="unit"/> (0.01 for money,
    /// 1 for counts) by the largest remainder: the parts add up to the total exactly; remainders tie-break by position.
    /// Equal weights when all are zero.
    /// </summary>
    public static IReadOnlyList<decimal> Split(decimal total, IReadOnlyList<decimal> weights, decimal unit)
    {
        if (weights.Count == 0)
        {
            return [];
        }
        var w = weights.All(x => x <= 0) ? weights.Select(_ => 1m).ToList() : weights.Select(x => Math.Max(0, x)).ToList();
        var sum = w.Sum();
        var units = decimal.Round(total / unit, 0, MidpointRounding.ToZero);
        var exact = w.Select(x => units * x / sum).ToList();
        var parts = exact.Select(x => decimal.Floor(x)).ToList();
        var left = units - parts.Sum();
        foreach (var i in exact.Select((x, i) => (Remainder: x - decimal.Floor(x), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i)
                     .Take((int)left).Select(x => x.i))
        {
            parts[i] += 1;
        }
        return parts.Select(p => p * unit).ToList();
    }

    /// <summary>Refuses a split whose parts do not add up to the parent exactly (the message shows both).</summary>
    public static void CheckSplit(decimal parent, IEnumerable<decimal> parts)
    {
        var sum = parts.Sum();
        DomainException.ThrowIf(sum != parent, "Target_Error_SplitSum", sum, parent);
    }
}
