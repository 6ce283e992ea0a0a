using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Stores.Contracts;

/// <summary>A store reported whether it executed one of headquarters' active promotions that day (with a photo or not).</summary>
public sealed record PromotionExecutionReported(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ReportId,
    Guid StoreId,
    string Region,
    Guid UserId,
    LocalDate Day,
    Guid PromotionId,
    string PromotionCode,
    string PromotionType,
    bool Executed,
    bool HasPhoto) : IIntegrationEvent;
