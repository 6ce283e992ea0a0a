using System.Globalization;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>The received-money list's filters (the records behind the "received" and "collected" numbers).</summary>
public sealed record ReceivedFilter
{
    public Guid? Owner { get; set; }
    public string? Team { get; set; }
    public DateOnly? PaidFrom { get; set; }
    public DateOnly? PaidTo { get; set; }
    /// <summary>Only money on milestones due on or before this day (the collection rate's scope).</summary>
    public DateOnly? DueTo { get; set; }
    public int PageNo { get; set; } = 1;

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
        Add("paidFrom", PaidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("paidTo", PaidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("dueTo", DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("pageNo", PageNo > 1 ? PageNo.ToString(CultureInfo.InvariantCulture) : null);
        return values;
    }
}
