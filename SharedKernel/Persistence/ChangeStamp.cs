namespace SalesSuite.SharedKernel.Persistence;

/// <summary>
/// A module's change stamp: one row per name (table ChangeStamps in the module's own database) whose
/// <see cref="Value"/> gets a new random value in the same transaction as every change of the data it stands for.
/// A result cached under the stamp (<see cref="Caching.StampedCache{TModule}"/>) is right on every host: each request
/// reads the one primary-key row (ADR 0019: state is read from the database), so a change made on any host shows at once.
/// Opt-in per module: a configuration calling <see cref="ChangeStamps.Configure"/> and a SaveChanges that stamps.
/// </summary>
public sealed class ChangeStamp
{
    public const int MaxName = 50;

    private ChangeStamp() { Name = string.Empty; }

    public ChangeStamp(string name, Guid value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; private set; }
    public Guid Value { get; private set; }

    /// <summary>A value no cached result holds: last writer wins, and every write differs from every earlier one.</summary>
    public void Touch() => Value = Guid.NewGuid();
}
