namespace SalesSuite.Leads.Areas.Leads.Pages.Deals;

/// <summary>One required field of the stage being left, with the value so far and its problem (localised) if any.</summary>
internal sealed record MoveField(Guid Id, string Label, string Type, bool Required, IReadOnlyList<string> Choices, string? Value, string? Error);
