using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>Health froze quoting for this salesperson: they cannot submit until unfrozen.</summary>
internal sealed class FrozenSalesperson(Guid userId, string reason, Instant since)
{
    public Guid UserId { get; private set; } = userId;
    public string Reason { get; set; } = reason;
    public Instant Since { get; set; } = since;
}
