using SalesSuite.Leads.Application.Deals;

namespace SalesSuite.Leads.Areas.Leads.Pages.Deals;

/// <summary>The cards of a column (or of one "load more" page) and the filter its next "N more" carries.</summary>
internal sealed record KanbanCards(KanbanColumn Column, KanbanFilter Filter);
