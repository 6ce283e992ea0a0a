namespace SalesSuite.Leads.Contracts;

/// <summary>
/// One stage of a pipeline as Health and the kanban colour it: after <see cref="AmberDays"/> days in the stage a deal is
/// amber, after <see cref="RedDays"/> red (null: no threshold).
/// </summary>
public sealed record StageThreshold(string Name, int Position, int? AmberDays, int? RedDays, bool Skippable);
