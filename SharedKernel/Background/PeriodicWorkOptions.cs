namespace SalesSuite.SharedKernel.Background;

/// <summary>Configuration section "Background": overrides of the modules' intervals and of the work leases.</summary>
public sealed class PeriodicWorkOptions
{
    public const string Section = "Background";

    /// <summary>Per work type name (e.g. "LeadsWork"): an interval instead of the module's default.</summary>
    public Dictionary<string, TimeSpan> Intervals { get; set; } = [];

    /// <summary>
    /// How long one host keeps a work's lease after taking it; when it dies, another host takes the work over after this.
    /// Empty: the work's interval plus <see cref="LeaseGrace"/> (the holder renews on every tick, so it keeps the work).
    /// </summary>
    public TimeSpan? Lease { get; set; }

    public TimeSpan LeaseGrace { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan IntervalOf(string workName, TimeSpan moduleDefault) =>
        Intervals.TryGetValue(workName, out var configured) && configured > TimeSpan.Zero ? configured : moduleDefault;

    public TimeSpan LeaseFor(TimeSpan interval) => Lease is { } lease && lease > TimeSpan.Zero ? lease : interval + LeaseGrace;
}
