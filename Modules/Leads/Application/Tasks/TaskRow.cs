namespace SalesSuite.Leads.Application.Tasks;

/// <summary>
/// One open stage task with the minimal deal/customer information its role needs; who it is for (a role, or a person's
/// name in <see cref="Assignee"/>), when it is due and whether it is overdue (and how far it was escalated).
/// </summary>
internal sealed record TaskRow(
    Guid Id, string Role, string Title, string Details, string DealTitle, string CustomerName, string CustomerCode, int AgeDays,
    string CreatedAt, int Version = 0, string? Assignee = null, string? DueAt = null, bool Overdue = false, int EscalationLevel = 0);
