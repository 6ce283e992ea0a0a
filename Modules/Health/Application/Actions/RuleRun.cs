namespace SalesSuite.Health.Application.Actions;

/// <summary>What one evaluation did: actions started per rule code, and freezes lifted because Monday came.</summary>
internal sealed record RuleRun(IReadOnlyDictionary<string, int> Fired, int Lifted)
{
    public int Total => Fired.Values.Sum();
}
