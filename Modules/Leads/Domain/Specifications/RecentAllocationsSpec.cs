using Ardalis.Specification;

namespace SalesSuite.Leads.Domain.Specifications;

/// <summary>The newest allocation-log entries (filter by visibility before applying it).</summary>
internal sealed class RecentAllocationsSpec : Specification<AllocationEntry>
{
    public const int Window = 500;

    public RecentAllocationsSpec()
    {
        Query.OrderByDescending(a => a.At).Take(Window);
    }
}
