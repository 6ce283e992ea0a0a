using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Goals.Domain;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Stores.Contracts;

namespace SalesSuite.Goals.Application.Evidence;

/// <summary>
/// Turns each consumed event into one evidence fact (the fact's id is the event's id). The day is the business day
/// (Asia/Shanghai) of the event, or the day the event names (a store report's day, a payment's date).
/// </summary>
internal static class EvidenceFacts
{
    public static EvidenceFact From(FollowUpLogged e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.FollowUpLogged, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.ActorUserId ?? e.OwnerId)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.FollowUpId, Link = GoalsLinks.Customer(e.CustomerId),
            Value = e.Objective, Flag = e.Warning, Attachments = e.AttachmentCount, Number = e.AttachmentCount,
        };

    public static EvidenceFact From(LeadClaimed e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.LeadClaimed, e.OccurredAt, Day(e.OccurredAt, zone), e.UserId, e.ActorUserId ?? e.UserId)
        {
            RecordId = e.LeadId, Link = "/Leads/Leads",
        };

    public static EvidenceFact From(LeadAssigned e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.LeadAssigned, e.OccurredAt, Day(e.OccurredAt, zone), e.ToUserId, e.ActorUserId)
        {
            RecordId = e.LeadId, Link = "/Leads/Leads", Flag = e.ByRule,
        };

    public static EvidenceFact From(CustomerRegistered e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.CustomerRegistered, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.ActorUserId)
        {
            CustomerId = e.CustomerId, RecordId = e.CustomerId, Link = GoalsLinks.Customer(e.CustomerId), Value = e.CustomerType,
            Summary = Cut(e.Name),
        };

    public static EvidenceFact From(CustomerProfileChanged e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.CustomerProfileChanged, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.ActorUserId)
        {
            CustomerId = e.CustomerId, RecordId = e.CustomerId, Link = GoalsLinks.Customer(e.CustomerId), Value = e.CustomerType,
            Number = e.FilledKeyFields,
        };

    public static EvidenceFact From(DealOpened e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.DealOpened, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.ActorUserId)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.DealId, Link = GoalsLinks.Customer(e.CustomerId),
            Value = Cut(e.ProductLine, EvidenceFact.ValueMaxLength), Amount = e.ExpectedAmount, Summary = Cut(e.CustomerName + " · " + e.Title),
        };

    public static EvidenceFact From(DealStageChanged e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.DealStageChanged, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.ActorUserId)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.DealId, Link = GoalsLinks.Customer(e.CustomerId),
            Value = Cut(e.ToStage, EvidenceFact.ValueMaxLength), Flag = e.Skipped, Summary = Cut(e.FromStage + " → " + e.ToStage),
        };

    public static EvidenceFact From(DealClosedWon e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.DealClosedWon, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.ActorUserId)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.DealId, Link = GoalsLinks.Customer(e.CustomerId),
            Metric = ResultMetric.NewDeals, Amount = 1, Number = e.Amount is { } a ? (int)Math.Min(int.MaxValue, a) : null,
        };

    public static EvidenceFact From(StageTaskCompleted e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.StageTaskCompleted, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.CompletedBy)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.TaskId, Link = GoalsLinks.Customer(e.CustomerId),
            Value = Cut(e.Role, EvidenceFact.ValueMaxLength), Number = (int)Math.Ceiling(e.ResponseTime.TotalHours), Summary = Cut(e.Title),
        };

    public static EvidenceFact From(QuoteSubmitted e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.QuoteSubmitted, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.ActorUserId)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.QuoteId, Link = GoalsLinks.Quote(e.QuoteId),
            Metric = ResultMetric.QuoteAmount, Amount = e.Amount, Number = (int)Math.Round(e.MarginPercent), Summary = Cut(e.Version),
        };

    public static EvidenceFact From(QuoteAccepted e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.QuoteAccepted, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, null)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.QuoteId, Link = GoalsLinks.Quote(e.QuoteId),
            Flag = !string.IsNullOrWhiteSpace(e.PaymentTerms) || e.PaymentSchedule.Count > 0, Amount = e.Amount,
            Summary = Cut(e.Version + " · " + e.AcceptedByName + (e.PaymentTerms is { } t ? " · " + t : "")),
        };

    public static EvidenceFact From(ContractCreated e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.ContractCreated, e.OccurredAt, Day(e.OccurredAt, zone), e.OwnerId, e.ActorUserId)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.ContractId, Link = GoalsLinks.Contract(e.ContractId),
            Amount = e.Amount, Summary = Cut(e.Number),
        };

    public static EvidenceFact From(MilestonePaid e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.MilestonePaid, e.OccurredAt, e.PaidOn, e.OwnerId, e.ActorUserId)
        {
            CustomerId = e.CustomerId, DealId = e.DealId, RecordId = e.ContractId, Link = GoalsLinks.Contract(e.ContractId),
            Metric = ResultMetric.CollectedAmount, Amount = e.Amount, Number = e.DaysLate, Summary = Cut(e.Name),
        };

    public static EvidenceFact From(DailyReportSubmitted e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.DailyReportSubmitted, e.OccurredAt, e.Day, e.UserId, e.ActorUserId ?? e.UserId)
        {
            RecordId = e.ReportId, Link = GoalsLinks.StoreReport(e.ReportId), Value = e.Compliance, Number = e.FeedbackCount,
            Attachments = e.PhotoCount, Summary = Cut(e.StoreCode),
        };

    public static EvidenceFact From(PromotionExecutionReported e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.PromotionExecutionReported, e.OccurredAt, e.Day, e.UserId, e.ActorUserId ?? e.UserId)
        {
            RecordId = e.ReportId, Link = GoalsLinks.StoreReport(e.ReportId), Value = Cut(e.PromotionType, EvidenceFact.ValueMaxLength),
            Flag = e.Executed, Attachments = e.HasPhoto ? 1 : 0, Metric = ResultMetric.PromotionExecution, Amount = e.Executed ? 1 : 0,
            Summary = Cut(e.PromotionCode),
        };

    public static EvidenceFact From(StoreCheckedIn e, DateTimeZone zone) =>
        new(e.EventId, EvidenceCatalog.StoreCheckedIn, e.OccurredAt, e.Day, e.UserId, e.ActorUserId ?? e.UserId)
        {
            RecordId = e.StoreId, Link = GoalsLinks.Store(e.StoreId), Value = Cut(e.StoreCode, EvidenceFact.ValueMaxLength),
            Flag = e.InsideFence, Summary = Cut(e.StoreCode),
        };

    private static LocalDate Day(Instant at, DateTimeZone zone) => at.InZone(zone).Date;

    private static string? Cut(string? text, int max = EvidenceFact.SummaryMaxLength) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Length > max ? text.Trim()[..max] : text.Trim();
}
