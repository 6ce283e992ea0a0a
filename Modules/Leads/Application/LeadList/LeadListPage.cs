namespace SalesSuite.Leads.Application.LeadList;

/// <summary>Up to <see cref="LeadListQueries.PageSize"/> rows and the cursor of the next page (null on the last page).</summary>
internal sealed record LeadListPage(IReadOnlyList<LeadListRow> Rows, string? Next);
