using NodaTime;

namespace SalesSuite.Stores.Application.Exceptions;

/// <summary>Which stores and how many days back the exceptions page shows.</summary>
internal sealed record ExceptionFilter(Guid? StoreId, int Days);

/// <summary>One granted exception.</summary>
internal sealed record ExceptionRow(
    Guid StoreId, string StoreCode, string StoreName, LocalDate Day, string Reason, string GrantedBy, Instant GrantedAt);

/// <summary>One refused check-in or report: who, when, why, how far and how accurate.</summary>
internal sealed record RefusalRow(
    Guid StoreId, string StoreCode, string StoreName, string UserName, Instant At, string Action, string Reason, double? DistanceMeters,
    double? AccuracyMeters);
