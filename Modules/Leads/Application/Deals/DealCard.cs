namespace SalesSuite.Leads.Application.Deals;

/// <summary>One open deal on the kanban.</summary>
public sealed record DealCard(
    Guid Id, Guid StageId, string Title, string Customer, decimal? Amount, int DaysInStage, bool CanQuote, string Owner);
