namespace SalesSuite.Collections.Domain;

/// <summary>One step of an overdue reason's playbook: what to do, who does it, an optional link or template, due in N days.</summary>
internal sealed record PlaybookStep(int Order, string Text, string ResponsibleRole, string? LinkOrTemplate, int DueDays)
{
    public const int TextMaxLength = 300;
    public const int LinkMaxLength = 500;
}
