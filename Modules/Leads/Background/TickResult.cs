namespace SalesSuite.Leads.Background;

/// <summary>
/// What one tick did: claims released, actions overdue / escalated, stage tasks escalated past their SLA, unconfirmed
/// visits moved one level up the reporting line.
/// </summary>
internal sealed record TickResult(int Released, int Overdue, int Escalated, int TasksEscalated = 0, int VisitsEscalated = 0);
