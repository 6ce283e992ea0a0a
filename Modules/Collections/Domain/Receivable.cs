using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// Money a customer owes: one payment milestone (首付款, 到货款, 验收款 …) of an accepted quote, or an amount Finance
/// enters by hand for a deal closed outside Quotes. State changes only through methods that check its rules.
/// </summary>
internal sealed class Receivable : IAuditable, IVersioned
{
    public const int TitleMaxLength = 200;

    public Receivable(Guid id, Guid ownerId, string title, decimal amount, string currency, Instant createdAt)
    {
        Id = id;
        OwnerId = ownerId;
        Currency = currency;
        CreatedAt = createdAt;
        Rename(title);
        ChangeAmount(amount);
    }

    private Receivable()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = string.Empty;
    public Instant CreatedAt { get; private set; }
    public Guid? QuoteId { get; private set; }
    public Guid? DealId { get; private set; }
    public Guid? CustomerId { get; private set; }
    /// <summary>The accepted version label (e.g. "V3.2") this receivable comes from.</summary>
    public string? SourceVersion { get; private set; }
    /// <summary>Position of the milestone in the accepted schedule (1-based); 0 for a hand-entered receivable.</summary>
    public int Sequence { get; private set; }
    public LocalDate? DueDate { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    /// <summary>
    /// The receivables of an accepted quote, one per milestone, in schedule order. A milestone without a date is due
    /// its number of days after the acceptance day (business time zone); without either it has no due date yet.
    /// </summary>
    public static IReadOnlyList<Receivable> FromAcceptedQuote(AcceptedQuote quote, Instant createdAt)
    {
        DomainException.ThrowIf(quote.Milestones.Count == 0, "Receivable_Error_NoMilestones");
        return quote.Milestones.Select((m, i) => new Receivable(Guid.NewGuid(), quote.OwnerId, m.Name, m.Amount, quote.Currency, createdAt)
        {
            QuoteId = quote.QuoteId,
            DealId = quote.DealId,
            CustomerId = quote.CustomerId,
            SourceVersion = quote.Version,
            Sequence = i + 1,
            DueDate = m.DueDate ?? (m.DueDaysAfterAcceptance is { } days ? quote.AcceptedOn.PlusDays(days) : null),
        }).ToList();
    }

    public void Rename(string title)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(title), "Receivable_Error_TitleRequired");
        DomainException.ThrowIf(title.Trim().Length > TitleMaxLength, "Receivable_Error_TitleTooLong", TitleMaxLength);
        Title = title.Trim();
    }

    public void ChangeAmount(decimal amount)
    {
        DomainException.ThrowIf(amount <= 0 || decimal.Round(amount, 2) != amount, "Receivable_Error_Amount");
        Amount = amount;
    }
}
