using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Application.Process;

/// <summary>The switches of the process pages (query string): period in weeks (4 / 12 / 26), columns, cell metric.</summary>
public sealed class ProcessFilter
{
    public static readonly IReadOnlyList<int> WeekChoices = [4, 12, 26];

    public const int DefaultWeeks = 12;

    private int _weeks = DefaultWeeks;

    /// <summary>Any other value falls back to 12 weeks.</summary>
    public int Weeks
    {
        get => _weeks;
        set => _weeks = WeekChoices.Contains(value) ? value : DefaultWeeks;
    }

    /// <summary>"team" or "person".</summary>
    public string By { get; set; } = "team";

    /// <summary>"delay", "skip" or "breach".</summary>
    public string Metric { get; set; } = "delay";

    internal ColumnBy Columns => string.Equals(By, "person", StringComparison.OrdinalIgnoreCase) ? ColumnBy.Person : ColumnBy.Team;

    internal HeatMetric HeatMetric => Metric.ToLowerInvariant() switch
    {
        "skip" => HeatMetric.Skip,
        "breach" => HeatMetric.Breach,
        _ => HeatMetric.Delay,
    };

    /// <summary>The query values of this filter (normalised), to build links that keep the switches.</summary>
    public Dictionary<string, string> Route(int? weeks = null, string? by = null, string? metric = null) => new()
    {
        ["weeks"] = (weeks ?? Weeks).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["by"] = by ?? (Columns == ColumnBy.Person ? "person" : "team"),
        ["metric"] = metric ?? HeatMetric.ToString().ToLowerInvariant(),
    };
}
