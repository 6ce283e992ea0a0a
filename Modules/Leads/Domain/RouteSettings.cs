using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Assignment options beside the per-source rules (one row, set on the assignment page): the win-rate route for
/// technical leads and what the allocation log reports as a deviation.
/// </summary>
internal sealed class RouteSettings : IVersioned, IAuditable
{
    public const int MaxTagsLength = 500;
    public static readonly Guid SingletonId = new("8f1c2b6e-5d1a-4a3e-9a55-3c2f7d1e0a02");
    public static readonly SettingRange MinWinRateRange = new(0, 100, "Visit_Route_MinWinRate_Range");
    public static readonly SettingRange WinRateDaysRange = new(7, 365, "Visit_Route_Days_Range");
    public static readonly SettingRange DeviationDaysRange = new(1, 30, "Visit_Deviation_Days_Range");
    public static readonly SettingRange DeviationPerDayRange = new(1, 50, "Visit_Deviation_PerDay_Range");

    public Guid Id { get; private set; } = SingletonId;
    public bool TechnicalRouteOn { get; private set; } = true;
    /// <summary>Comma-separated tag values (need / industry / budget / source) that make a lead technical.</summary>
    public string TechnicalTags { get; private set; } = "PLC编程,标准选型";
    public int MinWinRatePercent { get; private set; } = 85;
    public int WinRateDays { get; private set; } = 30;
    /// <summary>Consecutive days with non-target leads that make a deviation (the former fixed 3).</summary>
    public int DeviationDays { get; private set; } = 3;
    /// <summary>What counts as a deviation day: at least this many rule-assigned leads outside the person's industry.</summary>
    public int DeviationPerDay { get; private set; } = 1;
    /// <summary>Whether a manager's reassignment outside the person's industry counts as well as the rule's.</summary>
    public bool DeviationCountsManual { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public TechnicalRoute Route => new(TechnicalRouteOn, Tags(TechnicalTags), MinWinRatePercent, WinRateDays);

    public DeviationRule Deviation => new(DeviationDays, DeviationPerDay, DeviationCountsManual);

    public void Change(TechnicalRoute route, DeviationRule deviation)
    {
        MinWinRateRange.Check(route.MinWinRatePercent);
        WinRateDaysRange.Check(route.Days);
        DeviationDaysRange.Check(deviation.Days);
        DeviationPerDayRange.Check(deviation.PerDay);
        var tags = string.Join(',', route.Tags);
        DomainException.ThrowIf(tags.Length > MaxTagsLength, "Visit_Route_TagsTooLong", MaxTagsLength);
        DomainException.ThrowIf(route.On && route.Tags.Count == 0, "Visit_Route_TagsRequired");
        (TechnicalRouteOn, TechnicalTags, MinWinRatePercent, WinRateDays) = (route.On, tags, route.MinWinRatePercent, route.Days);
        (DeviationDays, DeviationPerDay, DeviationCountsManual) = (deviation.Days, deviation.PerDay, deviation.CountsManual);
    }

    public static IReadOnlyList<string> Tags(string? text) =>
        (text ?? "").Split([',', '，', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();
}
