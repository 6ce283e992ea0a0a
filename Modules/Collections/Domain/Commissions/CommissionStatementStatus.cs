namespace SalesSuite.Collections.Domain.Commissions;

internal enum CommissionStatementStatus
{
    /// <summary>Built by Finance; rebuilt by every new generation of its month.</summary>
    Draft = 0,
    /// <summary>Approved by the salesperson's manager: never changes again.</summary>
    Approved = 1,
}
