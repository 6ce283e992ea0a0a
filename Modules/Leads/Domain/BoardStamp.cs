namespace SalesSuite.Leads.Domain;

/// <summary>
/// The change token of a live board (the deal kanban, the pool): one row per board whose <see cref="Value"/> gets a
/// new random value in the same transaction as every change the board shows, so an open board polls one primary-key
/// row to learn whether it must re-render. A database row (not a process counter): several hosts share it.
/// <see cref="Customers"/> is not a board: it changes with everything a customer's page shows (the customer page's
/// cache token, see <c>BoardChanges</c>).
/// </summary>
internal sealed class BoardStamp
{
    public const string Deals = "Deals";
    public const string Pool = "Pool";
    public const string Customers = "Customers";
    public const int MaxBoard = 20;

    /// <summary>The fixed rows (inserted by the migration), with fixed starting values.</summary>
    public static readonly BoardStamp[] Initial =
    [
        new(Deals, new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d01")),
        new(Pool, new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d02")),
        new(Customers, new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d03")),
    ];

    private BoardStamp() { }

    public BoardStamp(string board, Guid value)
    {
        Board = board;
        Value = value;
    }

    public string Board { get; private set; } = "";
    public Guid Value { get; private set; }

    /// <summary>A value no open board holds: last writer wins, and every write differs from every earlier one.</summary>
    public void Touch() => Value = Guid.NewGuid();
}
