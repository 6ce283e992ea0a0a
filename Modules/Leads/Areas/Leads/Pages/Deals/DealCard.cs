namespace SalesSuite.Leads.Areas.Leads.Pages.Deals;

public sealed record DealCard(Guid Id, Guid StageId, string Title, string Customer, decimal? Amount, int DaysInStage, bool CanQuote, string Owner);
