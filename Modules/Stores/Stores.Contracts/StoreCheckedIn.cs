using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Stores.Contracts;

/// <summary>
/// A store manager checked in on the tablet: the browser's position and accuracy, the distance to the store and whether
/// the server counted it as inside the fence (only an inside check-in starts the minimum dwell).
/// </summary>
public sealed record StoreCheckedIn(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid CheckInId,
    Guid StoreId,
    string StoreCode,
    string Region,
    Guid UserId,
    LocalDate Day,
    bool InsideFence,
    double DistanceMeters,
    double AccuracyMeters) : IIntegrationEvent;
