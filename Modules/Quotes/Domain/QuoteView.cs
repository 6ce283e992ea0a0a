using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>One customer browser session on the public page: first/last time, count, last version seen.</summary>
internal sealed class QuoteView
{
    private QuoteView() { SessionId = VersionLabel = string.Empty; }

    public QuoteView(Guid id, Guid quoteId, string sessionId, string versionLabel, Instant now)
    {
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

    public void Again(string versionLabel, Instant now)
    {
        Count++;
        LastAt = now;
        VersionLabel = versionLabel;
    }
}
