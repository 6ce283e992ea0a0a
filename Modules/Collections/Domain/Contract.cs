using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// A signed deal and its receivable schedule. Made from an accepted quote (one contract per quote) or entered by Finance
/// for a deal closed outside Quotes. The schedule always sums to the contract amount: Finance may split a milestone,
/// move a date or move money between milestones, each time with a reason.
/// </summary>
internal sealed class Contract : IAuditable, IVersioned
{
    public const int NumberMaxLength = 30;
    public const int TermsMaxLength = 4000;
    public const int ReasonMaxLength = 500;

    private readonly List<Receivable> milestones = [];

    private Contract(
        Guid id, string number, Guid customerId, Guid ownerId, decimal amount, string currency, LocalDate signedOn, Instant createdAt)
    {
        DomainException.ThrowIf(!ScheduleMath.IsValidAmount(amount), "Contract_Error_Amount");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(currency) || currency.Length != 3, "Contract_Error_Currency");
        Id = id;
        Number = number;
        CustomerId = customerId;
        OwnerId = ownerId;
        Amount = amount;
        Currency = currency.ToUpperInvariant();
        SignedOn = signedOn;
        CreatedAt = createdAt;
    }

    private Contract()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = string.Empty;
    public ContractSource Source { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid? DealId { get; private set; }
    public Guid? QuoteId { get; private set; }
    public Guid OwnerId { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = string.Empty;
    /// <summary>The accepted version label (e.g. "V3.2").</summary>
    public string? SourceVersion { get; private set; }
    public string? Terms { get; private set; }
    public LocalDate SignedOn { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    /// <summary>When every milestone was paid and <c>DealClosedLoop</c> was published (成交闭环).</summary>
    public Instant? ClosedLoopAt { get; private set; }
    /// <summary>How many times Finance changed the schedule; each change is a <see cref="ScheduleChange"/> with its reason.</summary>
    public int ScheduleRevision { get; private set; }
    /// <summary>The deal's sequence carried by the newest hand-over applied (see Leads' <c>HandOverTransfer.Sequences</c>).</summary>
    public long DealSequence { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<Receivable> Milestones => milestones;

    public string AuditId => Number;

    public decimal Collected => milestones.Sum(m => m.PaidAmount);

    public bool AllPaid => milestones.Count > 0 && milestones.All(m => m.IsPaid);

    /// <summary>The contract of an accepted quote, its schedule from the quote's payment milestones.</summary>
    public static Contract FromAcceptedQuote(string number, AcceptedQuote quote, Instant createdAt)
    {
        DomainException.ThrowIf(quote.Milestones.Count == 0, "Receivable_Error_NoMilestones");
        var contract = new Contract(
            Guid.NewGuid(), number, quote.CustomerId, quote.OwnerId, quote.Amount, quote.Currency, quote.AcceptedOn, createdAt)
        {
            Source = ContractSource.Quote,
            DealId = quote.DealId,
            QuoteId = quote.QuoteId,
            SourceVersion = quote.Version,
            Terms = Trim(quote.Terms, TermsMaxLength),
        };
        contract.AddSchedule(quote.Milestones, quote.AcceptedOn, createdAt);
        return contract;
    }

    /// <summary>A contract Finance enters by hand for a deal closed outside Quotes.</summary>
    public static Contract Manual(
        string number, Guid customerId, Guid ownerId, Guid? dealId, decimal amount, string currency, LocalDate signedOn,
        string? terms, IReadOnlyList<MilestoneTerms> schedule, Guid createdBy, Instant createdAt)
    {
        DomainException.ThrowIf(schedule.Count == 0, "Receivable_Error_NoMilestones");
        var contract = new Contract(Guid.NewGuid(), number, customerId, ownerId, amount, currency, signedOn, createdAt)
        {
            Source = ContractSource.Manual,
            DealId = dealId,
            CreatedBy = createdBy,
            Terms = Trim(terms, TermsMaxLength),
        };
        contract.AddSchedule(schedule, signedOn, createdAt);
        return contract;
    }

    /// <summary>Splits a milestone in two: <paramref name="splitAmount"/> moves to a new milestone due on <paramref name="dueDate"/>.</summary>
    public Receivable Split(Guid milestoneId, decimal splitAmount, string title, LocalDate? dueDate, string reason, Instant now)
    {
        RequireReason(reason);
        var source = Milestone(milestoneId);
        DomainException.ThrowIf(source.IsPaid, "Receivable_Error_AlreadyPaid");
        DomainException.ThrowIf(!ScheduleMath.IsValidAmount(splitAmount) || splitAmount >= source.Outstanding,
            "Contract_Error_SplitAmount", source.Outstanding);
        source.ChangeAmount(source.Amount - splitAmount);
        var part = new Receivable(Guid.NewGuid(), this, source.Sequence + 1, title, source.MilestoneType, splitAmount, dueDate, now);
        foreach (var later in milestones.Where(m => m.Sequence > source.Sequence))
        {
            later.Renumber(later.Sequence + 1);
        }
        milestones.Add(part);
        ScheduleRevision++;
        return part;
    }

    public void MoveDueDate(Guid milestoneId, LocalDate? dueDate, string reason)
    {
        RequireReason(reason);
        Milestone(milestoneId).MoveDueDate(dueDate);
        ScheduleRevision++;
    }

    /// <summary>New amounts for some milestones; the schedule must still sum to the contract amount.</summary>
    public void ChangeAmounts(IReadOnlyDictionary<Guid, decimal> amounts, string reason)
    {
        RequireReason(reason);
        var changed = amounts.ToDictionary(a => Milestone(a.Key), a => a.Value);
        var total = milestones.Sum(m => changed.TryGetValue(m, out var a) ? a : m.Amount);
        DomainException.ThrowIf(total != Amount, "Contract_Error_ScheduleTotal", total, Amount);
        foreach (var (milestone, amount) in changed)
        {
            milestone.ChangeAmount(amount);
        }
        ScheduleRevision++;
    }

    /// <summary>Marks the closed loop once; true only the first time (the caller publishes <c>DealClosedLoop</c>).</summary>
    public bool TryCloseLoop(Instant now)
    {
        if (ClosedLoopAt is not null || !AllPaid)
        {
            return false;
        }
        ClosedLoopAt = now;
        return true;
    }

    /// <summary>A hand-over: the contract and its milestones move to the new owner.</summary>
    public void HandOverTo(Guid ownerId)
    {
        OwnerId = ownerId;
        milestones.ForEach(m => m.HandOverTo(ownerId));
    }

    /// <summary>
    /// A hand-over of the contract's deal carrying the deal's <paramref name="sequence"/>: applied (true) unless a newer
    /// hand-over was applied already, so a retried older event does not take the contract back. 0 = no sequence carried.
    /// </summary>
    public bool HandOverTo(Guid ownerId, long sequence)
    {
        if (sequence != 0 && sequence < DealSequence)
        {
            return false;
        }
        DealSequence = Math.Max(DealSequence, sequence);
        HandOverTo(ownerId);
        return true;
    }

    /// <summary>Leads merged the customer into another one: the contract and its milestones now belong to the survivor.</summary>
    public void MoveToCustomer(Guid customerId)
    {
        CustomerId = customerId;
        milestones.ForEach(m => m.MoveToCustomer(customerId));
    }

    public Receivable Milestone(Guid milestoneId) =>
        milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw new KeyNotFoundException();

    private void AddSchedule(IReadOnlyList<MilestoneTerms> schedule, LocalDate start, Instant now)
    {
        var total = schedule.Sum(m => m.Amount);
        DomainException.ThrowIf(total != Amount, "Contract_Error_ScheduleTotal", total, Amount);
        milestones.AddRange(schedule.Select((m, i) =>
            new Receivable(Guid.NewGuid(), this, i + 1, m.Name, m.Type ?? Domain.MilestoneType.FromName(m.Name), m.Amount, m.DueFrom(start), now)));
    }

    private static void RequireReason(string reason)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(reason), "Contract_Error_ReasonRequired");
        DomainException.ThrowIf(reason.Trim().Length > ReasonMaxLength, "Contract_Error_ReasonTooLong", ReasonMaxLength);
    }

    private static string? Trim(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();
}
