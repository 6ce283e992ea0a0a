namespace SalesSuite.Collections.Domain.Commissions;

/// <summary>
/// The part (<see cref="Amount"/>) of one collected amount that fell into one tier band [<see cref="From"/>, <see cref="To"/>)
/// of the salesperson's monthly volume, earning <see cref="RatePercent"/>.
/// </summary>
internal sealed record CommissionBand(decimal From, decimal? To, decimal RatePercent, decimal Amount)
{
    /// <summary>Unrounded: lines are rounded to the fen on their running total (see <see cref="CommissionCalculator"/>).</summary>
    public decimal Exact => Amount * RatePercent / 100m;
}
