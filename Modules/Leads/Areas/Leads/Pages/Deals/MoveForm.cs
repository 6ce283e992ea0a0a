namespace SalesSuite.Leads.Areas.Leads.Pages.Deals;

/// <summary>The htmx move panel: leave the current stage for a later one, filling the current stage's fields.</summary>
internal sealed record MoveForm(
    Guid DealId,
    int Version,
    string Title,
    string CurrentStage,
    IReadOnlyList<(Guid Id, string Name, bool Skippable)> Targets,
    Guid? SelectedTarget,
    IReadOnlyList<MoveField> Fields,
    IReadOnlyList<string> Errors);
