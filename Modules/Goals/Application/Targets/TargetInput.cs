namespace SalesSuite.Goals.Application.Targets;

/// <summary>
/// The target form: a new target names its period key, scope (Company / Team / Person with <see cref="ScopeId"/>) and
/// metric; a change carries <see cref="Id"/> and the <see cref="Version"/> it showed. Numbers stay text until
/// <see cref="TargetInputValidator"/> reads them, so "abc" gets our message, not the binder's.
/// </summary>
public sealed class TargetInput
{
    public Guid? Id { get; set; }
    public string? Period { get; set; }
    public string? Scope { get; set; }
    public Guid? ScopeId { get; set; }
    public string? Metric { get; set; }
    public string? Amount { get; set; }
    public List<KeyActionInput> KeyActions { get; set; } = [];
    public int Version { get; set; }

    /// <summary>The scope as one select value: "Company", "Team:&lt;id&gt;" or "Person:&lt;id&gt;" (sets Scope and ScopeId).</summary>
    public string? Who
    {
        get => Scope is null ? null : ScopeId is { } id ? $"{Scope}:{id}" : Scope;
        set
        {
            var parts = (value ?? "").Split(':', 2);
            Scope = parts[0].Length == 0 ? null : parts[0];
            ScopeId = parts.Length == 2 && Guid.TryParse(parts[1], out var id) ? id : null;
        }
    }
}

/// <summary>One key action line of the form: the action type and how many (empty or 0: not part of the target).</summary>
public sealed class KeyActionInput
{
    public Guid ActionTypeId { get; set; }
    public string? Quantity { get; set; }
}
