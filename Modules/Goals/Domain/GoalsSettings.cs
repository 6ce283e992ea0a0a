using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Domain;

/// <summary>One line of the weekly-plan template: how many of an action type a salesperson's week gets by default.</summary>
internal sealed record TemplateLine(string ActionCode, int PerWeek);

/// <summary>Goals' one settings row (a read never inserts; the defaults stand in until a director saves).</summary>
internal sealed class GoalsSettings : IAuditable, IVersioned
{
    public int Id { get; set; } = 1;
    /// <summary>Share of the amount above target that goes into the reward pool, percent (default 5).</summary>
    public decimal RewardSharePercent { get; set; } = 5m;
    /// <summary>The first this-percent of people to complete their action contract share the pool (default 10, at least one person).</summary>
    public decimal RewardTopPercent { get; set; } = 10m;
    /// <summary>A planned key action not done on this many planned days running raises KeyActionMissed (default 3).</summary>
    public int MissedDays { get; set; } = 3;
    /// <summary>Action-vs-result: activity at or above this percent of plan is "high" (default 100).</summary>
    public int HighActivityPercent { get; set; } = 100;
    /// <summary>Action-vs-result: a result below this percent of its pro-rata target is "low" (default 50).</summary>
    public int LowConversionPercent { get; set; } = 50;
    /// <summary>The weekly-plan template (default 3 key-customer visits, 5 new prospects, 2 cross-department collaborations).</summary>
    /// <remarks>
    /// Backed by a field EF sets (PropertyAccessMode.Field): a list initialised with the defaults would have the stored
    /// lines added to the defaults when EF materialises a row.
    /// </remarks>
    public List<TemplateLine> Template
    {
        get => _template ??= [new(KeyActionType.KeyVisit, 3), new(KeyActionType.NewProspect, 5), new(KeyActionType.Collaboration, 2)];
        set => _template = value;
    }
    private List<TemplateLine>? _template;
    public int Version { get; set; }

    public string AuditId => "Goals";

    public void ChangeReward(decimal sharePercent, decimal topPercent)
    {
        DomainException.ThrowIf(sharePercent is < 0 or > 100, "Settings_Error_Share");
        DomainException.ThrowIf(topPercent is <= 0 or > 100, "Settings_Error_Top");
        RewardSharePercent = sharePercent;
        RewardTopPercent = topPercent;
    }

    public void ChangeRules(int missedDays, int highActivityPercent, int lowConversionPercent)
    {
        DomainException.ThrowIf(missedDays is < 1 or > 14, "Settings_Error_MissedDays");
        DomainException.ThrowIf(highActivityPercent is < 1 or > 1000, "Settings_Error_Percent");
        DomainException.ThrowIf(lowConversionPercent is < 1 or > 1000, "Settings_Error_Percent");
        MissedDays = missedDays;
        HighActivityPercent = highActivityPercent;
        LowConversionPercent = lowConversionPercent;
    }

    public void ChangeTemplate(IEnumerable<TemplateLine> lines)
    {
        var list = lines.Where(l => l.PerWeek != 0).ToList();
        DomainException.ThrowIf(list.Any(l => l.PerWeek is < 0 or > 100), "Settings_Error_Template");
        DomainException.ThrowIf(list.GroupBy(l => l.ActionCode).Any(g => g.Count() > 1), "Contract_Error_Duplicate");
        Template = list;
    }
}
