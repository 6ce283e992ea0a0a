namespace SalesSuite.Goals.Domain;

/// <summary>
/// One event type Goals counts as evidence, and what its generic fact columns mean for it: <see cref="ValueMeaning"/> (the
/// text a rule may require, e.g. a follow-up's objective or the stage reached), <see cref="NumberMeaning"/>,
/// <see cref="FlagMeaning"/>, whether it carries attachments (photos, files), an actor distinct from the owner, and the
/// result metric it measures. Meanings are resource keys (zh-CN / en). <see cref="Values"/>: the allowed values when
/// the set is closed (a rule naming another is refused), empty when any text may be required (stage names).
/// </summary>
internal sealed record EvidenceSource(
    string EventType,
    string Module,
    string? ValueMeaning,
    IReadOnlyList<string> Values,
    string? NumberMeaning,
    string? FlagMeaning,
    bool HasAttachments,
    bool HasActor,
    ResultMetric? Measures);

/// <summary>The event types an evidence standard may name. A rule naming anything else is refused ("unknown event type").</summary>
internal static class EvidenceCatalog
{
    public const string FollowUpLogged = "FollowUpLogged";
    public const string LeadClaimed = "LeadClaimed";
    public const string LeadAssigned = "LeadAssigned";
    public const string CustomerRegistered = "CustomerRegistered";
    public const string CustomerProfileChanged = "CustomerProfileChanged";
    public const string DealOpened = "DealOpened";
    public const string DealStageChanged = "DealStageChanged";
    public const string DealClosedWon = "DealClosedWon";
    public const string StageTaskCompleted = "StageTaskCompleted";
    public const string QuoteSubmitted = "QuoteSubmitted";
    public const string QuoteAccepted = "QuoteAccepted";
    public const string ContractCreated = "ContractCreated";
    public const string MilestonePaid = "MilestonePaid";
    public const string DailyReportSubmitted = "DailyReportSubmitted";
    public const string PromotionExecutionReported = "PromotionExecutionReported";
    public const string StoreCheckedIn = "StoreCheckedIn";

    /// <summary>Leads' follow-up objectives (FollowUpLogged.Objective).</summary>
    public static readonly IReadOnlyList<string> Objectives =
        ["EstablishContact", "AdvanceSolution", "CloseSigning", "HandleObjection", "CollectFeedback"];

    public static readonly IReadOnlyList<EvidenceSource> All =
    [
        new(FollowUpLogged, "Leads", "Evidence_Value_Objective", Objectives, "Evidence_Number_Attachments", "Evidence_Flag_Warning",
            HasAttachments: true, HasActor: true, Measures: null),
        new(LeadClaimed, "Leads", null, [], null, null, false, false, null),
        new(LeadAssigned, "Leads", null, [], null, "Evidence_Flag_ByRule", false, false, null),
        new(CustomerRegistered, "Leads", "Evidence_Value_CustomerType", [], null, null, false, true, null),
        new(CustomerProfileChanged, "Leads", "Evidence_Value_CustomerType", [], "Evidence_Number_FilledFields", null, false, true, null),
        new(DealOpened, "Leads", "Evidence_Value_ProductLine", [], null, null, false, true, null),
        new(DealStageChanged, "Leads", "Evidence_Value_ToStage", [], null, "Evidence_Flag_Skipped", false, true, null),
        new(DealClosedWon, "Leads", null, [], null, null, false, true, ResultMetric.NewDeals),
        new(StageTaskCompleted, "Leads", "Evidence_Value_Role", [], "Evidence_Number_ResponseHours", null, false, true, null),
        new(QuoteSubmitted, "Quotes", null, [], "Evidence_Number_MarginPercent", null, false, true, ResultMetric.QuoteAmount),
        new(QuoteAccepted, "Quotes", null, [], null, "Evidence_Flag_PaymentTerms", false, false, null),
        new(ContractCreated, "Collections", null, [], null, null, false, true, null),
        new(MilestonePaid, "Collections", null, [], "Evidence_Number_DaysLate", null, false, false, ResultMetric.CollectedAmount),
        new(DailyReportSubmitted, "Stores", "Evidence_Value_Compliance", ["InFence", "Exception"], "Evidence_Number_Feedback",
            null, HasAttachments: true, HasActor: false, Measures: null),
        new(PromotionExecutionReported, "Stores", "Evidence_Value_PromotionType", [], null, "Evidence_Flag_Executed", true, false,
            ResultMetric.PromotionExecution),
        new(StoreCheckedIn, "Stores", "Evidence_Value_StoreCode", [], null, "Evidence_Flag_InsideFence", false, false, null),
    ];

    private static readonly Dictionary<string, EvidenceSource> ByType = All.ToDictionary(s => s.EventType, StringComparer.Ordinal);

    public static EvidenceSource? Find(string? eventType) =>
        eventType is not null && ByType.TryGetValue(eventType, out var source) ? source : null;

    /// <summary>The event type whose facts measure <paramref name="metric"/>.</summary>
    public static string EventFor(ResultMetric metric) => All.Single(s => s.Measures == metric).EventType;
}
