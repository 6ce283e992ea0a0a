namespace SalesSuite.SharedKernel.Persistence;

/// <summary>Entities whose changes are written to the operation log (who, what, when, before/after).</summary>
public interface IAuditable
{
    /// <summary>The id shown in the record's history.</summary>
    string AuditId { get; }
}
