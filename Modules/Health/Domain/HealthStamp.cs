namespace SalesSuite.Health.Domain;

/// <summary>
/// Health's change stamp of the process read models (step samples and their totals): one row whose <see cref="Value"/>
/// gets a new random value in the same transaction as every change of them (a projected sample, a rebuild). A cache of
/// what is computed from them (the kernel's <c>StampedCache</c>) is keyed by it: a database row, not a process
/// counter, so a sample projected by another host shows at once here too (ADR 0019).
/// </summary>
internal sealed class HealthStamp
{
    public const string Process = "Process";
    public const int MaxName = 20;

    /// <summary>The fixed row (inserted by the migration), with a fixed starting value.</summary>
    public static readonly HealthStamp Initial = new(Process, new Guid("3f0c7a1e-2b64-4d5e-8a0b-6c1d2e3f4a01"));

    private HealthStamp() { }

    public HealthStamp(string name, Guid value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; private set; } = "";
    public Guid Value { get; private set; }

    /// <summary>A value no cache holds: last writer wins, and every write differs from every earlier one.</summary>
    public void Touch() => Value = Guid.NewGuid();
}
