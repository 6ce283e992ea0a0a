using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Data;

/// <summary>
/// The module's change stamp of the receivables: every save that adds, changes or deletes a <see cref="Receivable"/>
/// (a payment allocated, a receipt, a schedule change, a handover, a new contract) gives it a new value in the same
/// transaction. Reports cached under it (the aging report) are recomputed after any such change, on any host.
/// </summary>
internal static class ReceivableChanges
{
    public const string Receivables = "Receivables";

    /// <summary>The fixed row (inserted by the migration), with a fixed starting value.</summary>
    public static readonly ChangeStamp[] Initial = [new(Receivables, new Guid("3f0c9a8e-2b7d-4c1e-9a55-0c0e2a7b1d11"))];

    public static void Stamp(CollectionsDbContext db) => ChangeStamps.StampIfChanged(db, Receivables, e => e is Receivable);
}
