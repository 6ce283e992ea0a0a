using System.Globalization;
using NodaTime;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>The filters every headquarters view shares: the period (preset or dates), a region and the sort column.</summary>
public sealed record HqFilter
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Preset { get; set; }
    public string? Region { get; set; }
    /// <summary>Only the stores of this area supervisor.</summary>
    public Guid? SupervisorId { get; set; }
    public Guid? ProductId { get; set; }
    public string? Sort { get; set; }
    public bool Desc { get; set; }

    internal HqPeriod Period(LocalDate today) =>
        HqPeriod.Resolve(From is { } f ? LocalDate.FromDateOnly(f) : null, To is { } t ? LocalDate.FromDateOnly(t) : null, Preset, today);

    /// <summary>The same view with the resolved dates instead of a preset (what links and the CSV carry).</summary>
    internal HqFilter Fixed(HqPeriod period) => this with { From = period.From.ToDateOnly(), To = period.To.ToDateOnly(), Preset = null };

    public Dictionary<string, string?> Query()
    {
        var values = new Dictionary<string, string?>();
        HqQuery.Add(values, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        HqQuery.Add(values, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        HqQuery.Add(values, "preset", Preset);
        HqQuery.Add(values, "region", Region);
        HqQuery.Add(values, "supervisorId", SupervisorId?.ToString());
        HqQuery.Add(values, "productId", ProductId?.ToString());
        HqQuery.Add(values, "sort", Sort);
        HqQuery.Add(values, "desc", Desc ? "true" : null);
        return values;
    }
}
