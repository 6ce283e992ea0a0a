using System.Globalization;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// The receivables board's filters, bound from the query string (bookmarkable) and written back into every link
/// (bucket totals, paging, report numbers), so the rows behind a number are always one URL away.
/// </summary>
public sealed record BoardFilter
{
    public const string Untagged = "untagged";
    public const string NoTeam = "none";

    public Guid? Owner { get; set; }
    /// <summary>A team id, or <see cref="NoTeam"/> for owners outside every team.</summary>
    public string? Team { get; set; }
    /// <summary>Customer code (exact) or part of the customer's name.</summary>
    public string? Customer { get; set; }
    public Guid? CustomerId { get; set; }
    public BoardStatus Status { get; set; }
    public AgeBucket? Age { get; set; }
    /// <summary>An overdue reason id, or <see cref="Untagged"/>.</summary>
    public string? Reason { get; set; }
    public DateOnly? DueFrom { get; set; }
    public DateOnly? DueTo { get; set; }
    /// <summary>Latest due date first (default: earliest first).</summary>
    public bool Desc { get; set; }
    /// <summary>1-based page ("page" is taken by Razor Pages routing).</summary>
    public int PageNo { get; set; } = 1;

    /// <summary>The filter as query-string values (defaults left out), for links.</summary>
    public Dictionary<string, string?> Query()
    {
        var values = new Dictionary<string, string?>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }
        Add("owner", Owner?.ToString());
        Add("team", Team);
        Add("customer", Customer);
        Add("customerId", CustomerId?.ToString());
        Add("status", Status == BoardStatus.Unpaid ? null : Status.ToString());
        Add("age", Age?.ToString());
        Add("reason", Reason);
        Add("dueFrom", DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("dueTo", DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("desc", Desc ? "true" : null);
        Add("pageNo", PageNo > 1 ? PageNo.ToString(CultureInfo.InvariantCulture) : null);
        return values;
    }
}
