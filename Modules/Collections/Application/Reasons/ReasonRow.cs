namespace SalesSuite.Collections.Application.Reasons;

/// <summary>A reason on the configuration page.</summary>
internal sealed record ReasonRow(Guid Id, string Name, bool RequiresText, int SortOrder, bool Active, int Version, int Steps);
