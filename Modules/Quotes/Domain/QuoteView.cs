using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// One customer browser session on the public page: first/last time, count, last version seen. <see cref="ClientKey"/>
/// is the client's address (IPv6 by /64), so a client that never keeps the cookie is counted once per window.
/// </summary>
internal sealed class QuoteView
{
    private QuoteView() { SessionId = VersionLabel = string.Empty; }

    public QuoteView(Guid id, Guid quoteId, string sessionId, string versionLabel, Instant now, string? clientKey = null)
    {
        ClientKey = clientKey;
        Id = id;
        QuoteId = quoteId;
        SessionId = sessionId;
        VersionLabel = versionLabel;
        FirstAt = LastAt = now;
        Count = 1;
    }

    public Guid Id { get; private set; }
    public Guid QuoteId { get; private set; }
    public string SessionId { get; private set; }
    public string VersionLabel { get; private set; }
    public Instant FirstAt { get; private set; }
    public Instant LastAt { get; private set; }
    public int Count { get; private set; }
    public string? ClientKey { get; private set; }

    /// <summary>The same client again without its cookie inside the window: still the one view, seen later.</summary>
    public void Seen(string versionLabel, Instant now)
    {
        LastAt = now;
        VersionLabel = versionLabel;
    }

    public void Again(string versionLabel, Instant now)
    {
        Count++;
        LastAt = now;
        VersionLabel = versionLabel;
    }
}
