namespace SalesSuite.Leads.Background;

/// <summary>What one tick did; <see cref="VisitsEscalated"/>: unconfirmed visits moved one level up the reporting line.</summary>
internal sealed record TickResult(int Released, int Overdue, int Escalated, int VisitsEscalated = 0);
