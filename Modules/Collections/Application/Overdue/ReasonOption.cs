namespace SalesSuite.Collections.Application.Overdue;

/// <summary>An active reason in the tag form's select; <see cref="RequiresText"/> marks "其他".</summary>
internal sealed record ReasonOption(Guid Id, string Name, bool RequiresText, int Steps);
