namespace SalesSuite.Collections.Domain.Commissions;

internal enum CommissionLineKind
{
    /// <summary>Commission on cash collected in the statement's month.</summary>
    Earned = 0,
    /// <summary>A line of an approved statement whose payment was reversed later, taken back (negative).</summary>
    Clawback = 1,
}
