namespace SalesSuite.Stores.Domain;

/// <summary>
/// The change stamp of what the headquarters reports read (stores, promotions, products, daily reports and their
/// lines): one row whose <see cref="Value"/> gets a new random value in the same transaction as every such change, so a
/// cached report is reused only while the stamp it was computed under is current. A database row, not a process
/// counter: several hosts share it (ADR 0019).
/// </summary>
internal sealed class HqStamp
{
    public const string Reports = "Reports";
    public const int MaxName = 20;

    /// <summary>The fixed row (inserted by the migration), with a fixed starting value.</summary>
    public static readonly HqStamp Initial = new(Reports, new Guid("3b6f2a0e-8d1c-4e57-9f0a-5c2d7e4b1a01"));

    private HqStamp() { }

    public HqStamp(string name, Guid value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; private set; } = "";
    public Guid Value { get; private set; }

    /// <summary>A value no cached report holds: last writer wins, and every write differs from every earlier one.</summary>
    public void Touch() => Value = Guid.NewGuid();
}
