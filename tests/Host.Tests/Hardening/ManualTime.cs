namespace SalesSuite.Host.Tests.Hardening;

/// <summary>A TimeProvider the test moves by hand: cookie expiry without waiting.</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
