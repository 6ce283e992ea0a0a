using NodaTime;

namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>
/// What the customer's page shows, as a short token ("V2:Open"): the page carries the token it was rendered with and
/// the poll compares it with the stored state, so any new approved version, revocation, expiry or acceptance is a change.
/// </summary>
internal sealed record LiveState(string? VersionLabel, LivePhase Phase)
{
    public static readonly LiveState Gone = new(null, LivePhase.Revoked);

    public string Token => $"{VersionLabel ?? "-"}:{Phase}";

    /// <param name="approvedValidUntil">The validity of the approved (shown) version; null when none is approved.</param>
    public static LiveState Of(QuoteStatus status, bool revoked, string? approvedLabel, LocalDate? approvedValidUntil, LocalDate today)
    {
        var phase = revoked ? LivePhase.Revoked
            : status == QuoteStatus.Accepted ? LivePhase.Accepted
            : status == QuoteStatus.Expired || approvedValidUntil < today ? LivePhase.Expired
            : approvedLabel is null ? LivePhase.Pending
            : status == QuoteStatus.Approved ? LivePhase.Open
            : LivePhase.Revising;
        return new LiveState(approvedLabel, phase);
    }
}
