using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NodaTime;

namespace SalesSuite.Leads.Application.LeadList;

/// <summary>
/// Where the next page starts: the sort it belongs to, the sort key of the last row shown (its release deadline, or
/// its claim time once the deadline sort has passed the expiring claims) and that row's id. Carried in the URL as an
/// opaque base64url token; a token that does not decode, or was made for another sort, is refused
/// (<see cref="TryParse"/>), so the page can say so instead of showing a wrong page.
/// </summary>
internal sealed record LeadListCursor(LeadListSort Sort, bool ByClaim, Instant At, Guid Id)
{
    private const string Version = "1";

    /// <summary>Only for a row without a claim time, which an open lead never is (claim and assignment both set it).</summary>
    private static readonly Instant NoClaim = Instant.FromUtc(1, 1, 1, 0, 0);

    /// <summary>The cursor after <paramref name="row"/>: by deadline while the row has one, else by claim time.</summary>
    public static LeadListCursor After(LeadListSort sort, LeadListRow row) =>
        sort == LeadListSort.Deadline && row.ReleaseDeadline is { } deadline
            ? new LeadListCursor(sort, false, deadline, row.Id)
            : new LeadListCursor(sort, true, row.ClaimedAt ?? NoClaim, row.Id);

    public string Encode()
    {
        var text = string.Join(
            '.', Version, Sort.ToString(), ByClaim ? "c" : "d", At.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture), Id.ToString("N"));
        return Base64Url.EncodeToString(Encoding.ASCII.GetBytes(text));
    }

    public static bool TryParse(string token, LeadListSort sort, out LeadListCursor? cursor)
    {
        cursor = null;
        if (!Base64Url.IsValid(token) || token.Length > 200)
        {
            return false;
        }
        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split('.');
        if (parts is not [Version, var sortName, "c" or "d", var ticks, var id]
            || !Enum.TryParse<LeadListSort>(sortName, out var madeFor) || madeFor != sort || !Enum.IsDefined(madeFor)
            || !long.TryParse(ticks, NumberStyles.Integer, CultureInfo.InvariantCulture, out var at)
            || at < Instant.MinValue.ToUnixTimeTicks() || at > Instant.MaxValue.ToUnixTimeTicks()
            || !Guid.TryParseExact(id, "N", out var leadId))
        {
            return false;
        }
        var byClaim = parts[2] == "c";
        if (!byClaim && sort != LeadListSort.Deadline)
        {
            return false;
        }
        cursor = new LeadListCursor(sort, byClaim, Instant.FromUnixTimeTicks(at), leadId);
        return true;
    }
}
