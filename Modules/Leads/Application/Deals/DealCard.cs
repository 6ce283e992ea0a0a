using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// One open deal on the kanban; <see cref="Dwell"/>: its whole days in stage against the stage's amber / red days;
/// <see cref="Version"/>: the version a drag-and-drop move carries (a card moved meanwhile answers 409).
/// </summary>
public sealed record DealCard(
    Guid Id, Guid StageId, string Title, string Customer, decimal? Amount, int DaysInStage, bool CanQuote, string Owner,
    StageDwell Dwell = StageDwell.Normal, int Version = 0);
