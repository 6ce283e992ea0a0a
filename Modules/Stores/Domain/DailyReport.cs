using NodaTime;

namespace SalesSuite.Stores.Domain;

/// <summary>
/// A store's accepted daily report (one per store and business day). Built by the submit command after the fence, dwell,
/// file and idempotency checks; it is immutable afterwards except for headquarters' verification of roll-out lines.
/// </summary>
internal sealed class DailyReport
{
    public const string InFence = "InFence";
    public const string Exception = "Exception";
    public const int TextMaxLength = 500;
    public const int IdempotencyKeyMaxLength = 64;

    private readonly List<StoreFile> files = [];
    private readonly List<FeedbackEntry> feedback = [];
    private readonly List<PromotionExecution> promotions = [];
    private readonly List<RolloutEntry> rollouts = [];

    public DailyReport(Guid id, Guid storeId, LocalDate day, Guid userId, Instant submittedAt, string idempotencyKey, string compliance,
        Guid? checkInId, Duration? dwell)
    {
        Id = id;
        StoreId = storeId;
        Day = day;
        UserId = userId;
        SubmittedAt = submittedAt;
        IdempotencyKey = idempotencyKey;
        Compliance = compliance;
        CheckInId = checkInId;
        DwellMinutes = dwell is { } d ? (int)Math.Floor(d.TotalMinutes) : null;
    }

    private DailyReport()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public LocalDate Day { get; private set; }
    /// <summary>The store manager who submitted.</summary>
    public Guid UserId { get; private set; }
    public Instant SubmittedAt { get; private set; }
    /// <summary>The form's key (generated when the form was first shown): a retried submit with the same key is the same report.</summary>
    public string IdempotencyKey { get; private set; } = string.Empty;
    /// <summary><see cref="InFence"/> or <see cref="Exception"/>.</summary>
    public string Compliance { get; private set; } = string.Empty;
    public Guid? CheckInId { get; private set; }
    /// <summary>Minutes between the inside check-in and the submit (null under an exception).</summary>
    public int? DwellMinutes { get; private set; }
    public string? CompetitorActivity { get; set; }
    public string? Note { get; set; }

    public IReadOnlyList<StoreFile> Files => files;
    public IReadOnlyList<FeedbackEntry> Feedback => feedback;
    public IReadOnlyList<PromotionExecution> Promotions => promotions;
    public IReadOnlyList<RolloutEntry> Rollouts => rollouts;

    public void Attach(StoreFile file) => files.Add(file);

    public void Add(FeedbackEntry entry) => feedback.Add(entry);

    public void Add(PromotionExecution execution) => promotions.Add(execution);

    public void Add(RolloutEntry entry) => rollouts.Add(entry);
}

/// <summary>One structured customer feedback line (category → option) with the customer's question in their words.</summary>
internal sealed class FeedbackEntry
{
    public const int QuestionMaxLength = 200;

    public FeedbackEntry(Guid id, Guid reportId, Guid storeId, LocalDate day, string categoryCode, string optionCode, string? question)
    {
        Id = id;
        ReportId = reportId;
        StoreId = storeId;
        Day = day;
        CategoryCode = categoryCode;
        OptionCode = optionCode;
        Question = string.IsNullOrWhiteSpace(question) ? null : question.Trim();
    }

    private FeedbackEntry()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public Guid StoreId { get; private set; }
    public LocalDate Day { get; private set; }
    public string CategoryCode { get; private set; } = string.Empty;
    public string OptionCode { get; private set; } = string.Empty;
    public string? Question { get; private set; }
    /// <summary>Set by the quality check: a near-identical text from the same store on an earlier day.</summary>
    public bool Duplicate { get; set; }
}

/// <summary>Whether the store executed one active headquarters promotion that day, with the photo proving it.</summary>
internal sealed class PromotionExecution
{
    public PromotionExecution(Guid id, Guid reportId, Guid storeId, LocalDate day, Guid promotionId, bool executed, Guid? photoFileId)
    {
        Id = id;
        ReportId = reportId;
        StoreId = storeId;
        Day = day;
        PromotionId = promotionId;
        Executed = executed;
        PhotoFileId = photoFileId;
    }

    private PromotionExecution()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public Guid StoreId { get; private set; }
    public LocalDate Day { get; private set; }
    public Guid PromotionId { get; private set; }
    public bool Executed { get; private set; }
    public Guid? PhotoFileId { get; private set; }
}

/// <summary>
/// A new SKU's status in the store that day. Headquarters' spot check marks a line right or wrong
/// (<see cref="VerifiedCorrect"/>): the roll-out error rate is wrong / checked.
/// </summary>
internal sealed class RolloutEntry
{
    public RolloutEntry(Guid id, Guid reportId, Guid storeId, LocalDate day, Guid productId, string status)
    {
        Id = id;
        ReportId = reportId;
        StoreId = storeId;
        Day = day;
        ProductId = productId;
        Status = status;
    }

    private RolloutEntry()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public Guid StoreId { get; private set; }
    public LocalDate Day { get; private set; }
    public Guid ProductId { get; private set; }
    /// <summary>One of <see cref="RolloutStatus.All"/>.</summary>
    public string Status { get; private set; } = string.Empty;
    public bool? VerifiedCorrect { get; private set; }
    public Guid? VerifiedBy { get; private set; }

    public void Verify(bool correct, Guid by)
    {
        VerifiedCorrect = correct;
        VerifiedBy = by;
    }
}
