using System.Globalization;
using NodaTime;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// The report list's filters: every number of the headquarters views links here with the filters that count it
/// (a store, a region, a promotion or type and whether it was executed, a feedback category, a compliance, a manager,
/// a new product). Without dates the list shows this month.
/// </summary>
public sealed record ReportFilter
{
    public Guid? StoreId { get; set; }
    public string? Region { get; set; }
    /// <summary>Only the stores of this area supervisor.</summary>
    public Guid? SupervisorId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public Guid? PromotionId { get; set; }
    /// <summary>A promotion type: reports with an execution line of a promotion of that type.</summary>
    public string? Type { get; set; }
    /// <summary>With a promotion or type: only lines executed (true) or not (false).</summary>
    public bool? Executed { get; set; }
    /// <summary>A feedback category code.</summary>
    public string? Category { get; set; }
    /// <summary><c>InFence</c> or <c>Exception</c>.</summary>
    public string? Compliance { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>A new product: reports with a roll-out line for it.</summary>
    public Guid? ProductId { get; set; }
    /// <summary>With a product: only lines of this roll-out status.</summary>
    public string? Status { get; set; }
    /// <summary>With a product: only verified-wrong lines (true) or verified-right (false).</summary>
    public bool? Wrong { get; set; }
    public int PageNo { get; set; } = 1;

    internal HqPeriod Period(LocalDate today) =>
        HqPeriod.Resolve(From is { } f ? LocalDate.FromDateOnly(f) : null, To is { } t ? LocalDate.FromDateOnly(t) : null, null, today);

    public Dictionary<string, string?> Query()
    {
        var values = new Dictionary<string, string?>();
        HqQuery.Add(values, "storeId", StoreId?.ToString());
        HqQuery.Add(values, "region", Region);
        HqQuery.Add(values, "supervisorId", SupervisorId?.ToString());
        HqQuery.Add(values, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        HqQuery.Add(values, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        HqQuery.Add(values, "promotionId", PromotionId?.ToString());
        HqQuery.Add(values, "type", Type);
        HqQuery.Add(values, "executed", Executed is { } e ? (e ? "true" : "false") : null);
        HqQuery.Add(values, "category", Category);
        HqQuery.Add(values, "compliance", Compliance);
        HqQuery.Add(values, "userId", UserId?.ToString());
        HqQuery.Add(values, "productId", ProductId?.ToString());
        HqQuery.Add(values, "status", Status);
        HqQuery.Add(values, "wrong", Wrong is { } w ? (w ? "true" : "false") : null);
        HqQuery.Add(values, "pageNo", PageNo > 1 ? PageNo.ToString(CultureInfo.InvariantCulture) : null);
        return values;
    }

    /// <summary>A link's filter for the period of a view.</summary>
    internal static ReportFilter For(HqPeriod period) => new() { From = period.From.ToDateOnly(), To = period.To.ToDateOnly() };
}
