using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Actions;

/// <summary>The actions list's filter: active (default), past or all, optionally one kind or one action.</summary>
public sealed class ActionFilter
{
    public const string Active = "active";
    public const string Past = "past";
    public const string All = "all";

    public string State { get; set; } = Active;
    public string? Kind { get; set; }
    public Guid? Id { get; set; }

    internal ActionKind? KindValue => Enum.TryParse<ActionKind>(Kind, out var k) && Enum.IsDefined(k) ? k : null;

    public object Query() => new { State, Kind, Id };
}
