using NodaTime;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>A playbook step as a task on the panel (or on the role's task list).</summary>
internal sealed record OverdueTaskView(
    Guid Id,
    int Order,
    string Text,
    string ResponsibleRole,
    string? LinkOrTemplate,
    LocalDate DueOn,
    bool Done,
    int Version,
    bool CanComplete,
    bool Late)
{
    /// <summary>A link (http, https or a path on this site) rather than a template to copy; nothing else becomes an href.</summary>
    public bool IsLink => LinkOrTemplate is { } l
        && (l.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || l.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || (l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal)));
}
