using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Data;

/// <summary>
/// The module's change stamp of the quotes: every save that adds, changes or deletes a <see cref="Quote"/>, an
/// <see cref="ApprovalStep"/> or an <see cref="ApprovalEscalation"/> (a new quote, an edit, a submission, a decision, an
/// expiry, a hand-over, an escalation) gives it a new value in the same transaction. The work queue (status counts, first
/// pages, the approval queue, escalation to-dos) is cached under it, so a change shows at once, on any host.
/// </summary>
internal static class QuoteChanges
{
    public const string Quotes = "Quotes";

    /// <summary>The fixed row (inserted by the migration), with a fixed starting value.</summary>
    public static readonly ChangeStamp[] Initial = [new(Quotes, new Guid("9b1f4c2e-7a3d-4e8b-b6c5-2d0f1e3a5c71"))];

    public static void Stamp(QuotesDbContext db) => ChangeStamps.StampIfChanged(db, Quotes, e => e is Quote or ApprovalStep or ApprovalEscalation);
}
