namespace SalesSuite.Collections.Domain;

/// <summary>Money arithmetic of a schedule: every split is rounded to the fen and the parts always sum to the whole.</summary>
internal static class ScheduleMath
{
    /// <summary>True when <paramref name="amount"/> is positive and has at most two decimals (fen).</summary>
    public static bool IsValidAmount(decimal amount) => amount > 0 && decimal.Round(amount, 2) == amount;

    /// <summary>
    /// Splits <paramref name="total"/> in proportion to <paramref name="weights"/> (percentages or any positive numbers),
    /// each part rounded down to the fen, the remaining fen given to the largest remainders first: Σ parts = total.
    /// </summary>
    public static IReadOnlyList<decimal> Split(decimal total, IReadOnlyList<decimal> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Count == 0 || weights.Any(w => w < 0) || weights.Sum() <= 0)
        {
            throw new ArgumentException("Weights must be non-negative and not all zero.", nameof(weights));
        }
        var fen = (long)decimal.Round(total * 100m, 0, MidpointRounding.AwayFromZero);
        var sum = weights.Sum();
        var exact = weights.Select(w => fen * w / sum).ToList();
        var parts = exact.Select(e => (long)decimal.Floor(e)).ToArray();
        var left = fen - parts.Sum();
        foreach (var i in exact.Select((e, i) => (Remainder: e - decimal.Floor(e), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i)
                     .Take((int)left).Select(x => x.i))
        {
            parts[i]++;
        }
        return parts.Select(p => p / 100m).ToList();
    }
}
