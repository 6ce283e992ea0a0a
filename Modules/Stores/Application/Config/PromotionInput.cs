using NodaTime;
using NodaTime.Text;

namespace SalesSuite.Stores.Application.Config;

/// <summary>A headquarters promotion as the edit form posts it (dates as ISO text, yyyy-MM-dd).</summary>
public sealed class PromotionInput
{
    public int Version { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    /// <summary>Empty: every store.</summary>
    public string? Region { get; set; }
    public string? Instructions { get; set; }
    public bool PhotoRequired { get; set; } = true;
    public bool Active { get; set; } = true;

    internal LocalDate? Starts => ParseDate(StartsOn);
    internal LocalDate? Ends => ParseDate(EndsOn);

    internal static LocalDate? ParseDate(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } r ? r.Value : null;
}
