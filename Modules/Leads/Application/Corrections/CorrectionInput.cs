using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Corrections;

/// <summary>The correction form of a logged follow-up (checked by <see cref="CorrectionInputValidator"/>), with the version it showed.</summary>
public sealed class CorrectionInput
{
    public int Version { get; set; }
    public string? Objective { get; set; }
    public string? Summary { get; set; }
    public List<string> Obstacles { get; set; } = [];
    public bool Warning { get; set; }
    /// <summary>Why the record is corrected: required while its owner is in trace mode, otherwise optional.</summary>
    public string? Reason { get; set; }

    internal FollowUpObjective? ObjectiveValue =>
        Enum.TryParse<FollowUpObjective>(Objective, out var o) && Enum.IsDefined(o) ? o : null;

    internal static CorrectionInput From(FollowUp f) => new()
    {
        Version = f.Version, Objective = f.Objective.ToString(), Summary = f.Summary, Obstacles = [.. f.Obstacles], Warning = f.Warning,
    };
}
