namespace SalesSuite.Goals.Application.Targets;

/// <summary>
/// The split form: the parent target and the <see cref="Version"/> it showed, one line per team (company target) or
/// member (team target) with the share typed and the child target it showed (<see cref="SplitLineInput.TargetId"/>,
/// <see cref="SplitLineInput.Version"/>), so a split someone else changed meanwhile is stale (409), not overwritten.
/// </summary>
public sealed class SplitInput
{
    public Guid ParentId { get; set; }
    public int Version { get; set; }
    /// <summary>The parent's metric as the form showed it (the validator checks the shares' format by it; the command
    /// uses the stored parent's).</summary>
    public string? Metric { get; set; }
    public List<SplitLineInput> Lines { get; set; } = [];
}

public sealed class SplitLineInput
{
    public Guid ScopeId { get; set; }
    public Guid? TargetId { get; set; }
    public int Version { get; set; }
    public string? Amount { get; set; }
}
