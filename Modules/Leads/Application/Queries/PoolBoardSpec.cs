using Ardalis.Specification;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Queries;

/// <summary>Newest pool leads matching the tag filters (the live board), projected to cards.</summary>
internal sealed class PoolBoardSpec : Specification<Lead, PoolCard>
{
    public const int PageSize = 50;

    public PoolBoardSpec(PoolFilter filter)
    {
        Query.Where(l => l.Status == LeadStatus.Pool);
        if (!string.IsNullOrEmpty(filter.Source)) Query.Where(l => l.Source == filter.Source);
        if (!string.IsNullOrEmpty(filter.Industry)) Query.Where(l => l.Industry == filter.Industry);
        if (!string.IsNullOrEmpty(filter.Budget)) Query.Where(l => l.BudgetBand == filter.Budget);
        if (!string.IsNullOrEmpty(filter.Need)) Query.Where(l => l.NeedType == filter.Need);
        Query.OrderByDescending(l => l.CreatedAt).Take(PageSize);
        Query.Select(l => new PoolCard(l.Id, l.Company, l.ContactName, l.Phone, l.Source, l.Industry, l.BudgetBand, l.NeedType, l.CreatedAt));
    }
}
