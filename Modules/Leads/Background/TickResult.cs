namespace SalesSuite.Leads.Background;

internal sealed record TickResult(int Released, int Overdue, int Escalated, int TasksEscalated = 0);
