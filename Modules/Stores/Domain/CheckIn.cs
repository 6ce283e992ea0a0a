using NodaTime;

namespace SalesSuite.Stores.Domain;

/// <summary>A check-in on the tablet: where the device said it was and whether the server counted it inside the fence.</summary>
internal sealed class CheckIn
{
    public CheckIn(Guid id, Guid storeId, Guid userId, Instant at, LocalDate day, GeoPosition position, FenceVerdict verdict)
    {
        Id = id;
        StoreId = storeId;
        UserId = userId;
        At = at;
        Day = day;
        Latitude = position.Latitude;
        Longitude = position.Longitude;
        AccuracyMeters = position.AccuracyMeters;
        DistanceMeters = double.IsNaN(verdict.DistanceMeters) ? null : Math.Round(verdict.DistanceMeters, 1);
        Inside = verdict.Inside;
    }

    private CheckIn()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid UserId { get; private set; }
    public Instant At { get; private set; }
    public LocalDate Day { get; private set; }
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public double AccuracyMeters { get; private set; }
    public double? DistanceMeters { get; private set; }
    public bool Inside { get; private set; }
}

/// <summary>
/// Every refusal of a check-in or a report (outside the fence, poor accuracy, dwell too short …) is kept: headquarters
/// and the supervisor see who tried what from where.
/// </summary>
internal sealed class FenceRefusalLog
{
    public FenceRefusalLog(Guid id, Guid storeId, Guid userId, Instant at, LocalDate day, string action, string reason, GeoPosition? position,
        double? distanceMeters)
    {
        Id = id;
        StoreId = storeId;
        UserId = userId;
        At = at;
        Day = day;
        Action = action;
        Reason = reason;
        Latitude = position?.Latitude;
        Longitude = position?.Longitude;
        AccuracyMeters = position?.AccuracyMeters;
        DistanceMeters = distanceMeters is { } d && !double.IsNaN(d) ? Math.Round(d, 1) : null;
    }

    private FenceRefusalLog()
    {
        // EF Core
    }

    public const string CheckInAction = "CheckIn";
    public const string ReportAction = "Report";

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid UserId { get; private set; }
    public Instant At { get; private set; }
    public LocalDate Day { get; private set; }
    /// <summary><see cref="CheckInAction"/> or <see cref="ReportAction"/>.</summary>
    public string Action { get; private set; } = string.Empty;
    /// <summary>A <see cref="FenceRefusal"/> code.</summary>
    public string Reason { get; private set; } = string.Empty;
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public double? AccuracyMeters { get; private set; }
    public double? DistanceMeters { get; private set; }
}

/// <summary>The area supervisor's one-day exception: the store's report is accepted that day without the fence and dwell.</summary>
internal sealed class FenceException
{
    public const int ReasonMaxLength = 200;

    public FenceException(Guid id, Guid storeId, LocalDate day, string reason, Guid grantedBy, Instant grantedAt)
    {
        Id = id;
        StoreId = storeId;
        Day = day;
        Reason = reason.Trim();
        GrantedBy = grantedBy;
        GrantedAt = grantedAt;
    }

    private FenceException()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public LocalDate Day { get; private set; }
    public string Reason { get; private set; } = string.Empty;
    public Guid GrantedBy { get; private set; }
    public Instant GrantedAt { get; private set; }
}
