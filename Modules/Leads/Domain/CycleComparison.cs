using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>Which history the director's cycle-time comparison used.</summary>
internal enum CycleBasis
{
    /// <summary>This customer's closed deals of the same product line.</summary>
    CustomerProductLine,
    /// <summary>All of this customer's closed deals (none of the product line).</summary>
    Customer,
    /// <summary>The company's closed deals of the product line (the customer has no closed deal).</summary>
    CompanyProductLine,
    /// <summary>No comparable history.</summary>
    None,
}

/// <summary>A closed deal as history for the comparison.</summary>
internal sealed record ClosedDeal(Guid CustomerId, string? ProductLine, Instant OpenedAt, Instant ClosedAt);

/// <summary>
/// The historic average cycle (days from open to close) a deal is compared with: the customer's closed deals of
/// the same product line, else all the customer's closed deals, else the company-wide average for the product line.
/// </summary>
internal static class CycleComparison
{
    public static (double? AverageDays, CycleBasis Basis) Average(Guid customerId, string? productLine, IEnumerable<ClosedDeal> closed)
    {
        var history = closed.ToList();
        var line = Normalise(productLine);
        var customer = history.Where(d => d.CustomerId == customerId).ToList();
        if (line is not null && customer.Where(d => Normalise(d.ProductLine) == line).ToList() is { Count: > 0 } sameLine)
        {
            return (Days(sameLine), CycleBasis.CustomerProductLine);
        }
        if (customer.Count > 0)
        {
            return (Days(customer), CycleBasis.Customer);
        }
        if (line is not null && history.Where(d => Normalise(d.ProductLine) == line).ToList() is { Count: > 0 } company)
        {
            return (Days(company), CycleBasis.CompanyProductLine);
        }
        return (null, CycleBasis.None);
    }

    private static string? Normalise(string? productLine) =>
        string.IsNullOrWhiteSpace(productLine) ? null : productLine.Trim().ToUpperInvariant();

    private static double Days(IReadOnlyList<ClosedDeal> deals) => deals.Average(d => (d.ClosedAt - d.OpenedAt).TotalDays);
}
