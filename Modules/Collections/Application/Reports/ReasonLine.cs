namespace SalesSuite.Collections.Application.Reports;

/// <summary>Overdue outstanding and count under one reason; <see cref="ReasonId"/> null = untagged.</summary>
internal sealed record ReasonLine(Guid? ReasonId, string? Name, int Count, decimal Outstanding)
{
    /// <summary>The board's reason filter value of this line.</summary>
    public string ReasonKey => ReasonId?.ToString() ?? BoardFilter.Untagged;
}
