using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// A quote for one deal: an editable draft plus immutable versions. Submitting snapshots the draft as a new
/// version; Finance's cost lock adds a minor version; an approved or expired quote changes only by a new version.
/// </summary>
internal sealed partial class Quote : IAuditable, IVersioned
{
    private readonly List<QuoteVersion> _versions = [];
    private readonly List<ApprovalStep> _steps = [];

    private Quote() { Number = Title = CustomerCode = CustomerName = LinesJson = Terms = ScheduleJson = PublicToken = Tags = string.Empty; }

    public Quote(Guid id, string number, QuotableDeal deal, string publicToken, LocalDate validUntil, Instant now)
    {
        Id = id;
        Number = number;
        DealId = deal.DealId;
        CustomerId = deal.CustomerId;
        CustomerCode = deal.CustomerCode;
        CustomerName = deal.CustomerName;
        CustomerType = deal.CustomerType;
        OwnerId = deal.OwnerId;
        Title = deal.Title;
        PublicToken = publicToken;
        ValidUntil = validUntil;
        LinesJson = QuoteJson.Write(Array.Empty<QuoteLine>());
        ScheduleJson = QuoteJson.Write(PaymentScheduleText.Default);
        Terms = string.Empty;
        Tags = string.Empty;
        CreatedAt = UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; }
    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public string CustomerCode { get; private set; }
    public string CustomerName { get; private set; }
    public string? CustomerType { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Title { get; private set; }
    public QuoteStatus Status { get; private set; }
    public string LinesJson { get; private set; }
    public string Terms { get; private set; }
    public string ScheduleJson { get; private set; }
    public LocalDate ValidUntil { get; private set; }
    public bool Urgent { get; private set; }
    public string Tags { get; private set; }
    public string PublicToken { get; private set; }
    public bool TokenRevoked { get; private set; }
    public int Round { get; private set; }
    public Guid? CurrentVersionId { get; private set; }
    public string? CurrentVersionLabel { get; private set; }
    public Guid? ApprovedVersionId { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant UpdatedAt { get; private set; }
    public Instant? SubmittedAt { get; private set; }
    public Instant? AcceptedAt { get; private set; }
    public string? AcceptedByName { get; private set; }
    [NotAudited]
    public string? SignatureDataUrl { get; private set; }
    /// <summary>Set at submission when the quote would exceed the customer's credit limit: the exposure then, ...</summary>
    public decimal? CreditExposure { get; private set; }
    /// <summary>... the quote's amount and ...</summary>
    public decimal? CreditAmount { get; private set; }
    /// <summary>... the limit (null: within the limit, or no limit).</summary>
    public decimal? CreditLimit { get; private set; }
    public int Version { get; set; }
    public string AuditId => Id.ToString();

    public IReadOnlyList<QuoteVersion> Versions => _versions;
    public IReadOnlyList<ApprovalStep> Steps => _steps;
    public IReadOnlyList<QuoteLine> Lines => QuoteJson.ReadLines(LinesJson);
    public IReadOnlyList<PaymentItem> Schedule => QuoteJson.ReadSchedule(ScheduleJson);
    public QuoteTotals Totals => QuoteTotals.Of(Lines);
    public IReadOnlyList<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public QuoteVersion? LatestVersion => _versions.OrderByDescending(v => v.Major).ThenByDescending(v => v.Minor).FirstOrDefault();
    public QuoteVersion? ApprovedVersion => _versions.FirstOrDefault(v => v.Id == ApprovedVersionId);
    public ApprovalStep? ActiveStep => _steps.FirstOrDefault(s => s.Round == Round && s.Status == StepStatus.Active);
    public IEnumerable<ApprovalStep> CurrentRound => _steps.Where(s => s.Round == Round).OrderBy(s => s.Order);

    public CreditCheck? CreditWarning =>
        CreditExposure is { } exposure && CreditAmount is { } amount && CreditLimit is { } limit ? new(exposure, amount, limit) : null;

    public bool IsEditable => Status is QuoteStatus.Draft or QuoteStatus.Rejected or QuoteStatus.Approved;

    public void Edit(
        IReadOnlyList<QuoteLine> lines, string terms, IReadOnlyList<PaymentItem> schedule, LocalDate validUntil, bool urgent, string tags,
        Instant now)
    {
        if (!IsEditable)
        {
            throw new DomainException(Status == QuoteStatus.Expired ? "Quote_Error_ExpiredRenew" : "Quote_Error_NotEditable");
        }
        TextLimits.Check(terms, TextLimits.Terms, "Quote_Error_TermsLength");
        TextLimits.Check(tags, TextLimits.Tags, "Quote_Error_TagsLength");
        LinesJson = QuoteJson.Write(lines.Select(l => l.LineId == Guid.Empty ? l with { LineId = Guid.NewGuid() } : l).ToList());
        Terms = terms.Trim();
        ScheduleJson = QuoteJson.Write(schedule);
        ValidUntil = validUntil;
        Urgent = urgent;
        Tags = string.Join(",", tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // An approved quote being edited is a new draft; the approved version stays effective until the next approval.
        Status = QuoteStatus.Draft;
        UpdatedAt = now;
    }

    /// <summary>The credit check of the latest submission: the excess shown on the quote, or null to clear an earlier one.</summary>
    public void RecordCreditCheck(CreditCheck? exceeded)
    {
        CreditExposure = exceeded?.Exposure;
        CreditAmount = exceeded?.Amount;
        CreditLimit = exceeded?.Limit;
    }

    public QuoteFacts Facts() => new(Totals.Net, Totals.MarginPercent, Totals.MaxDiscountPercent, TagList, Urgent);
}
