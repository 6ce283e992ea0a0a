using NodaTime;

namespace SalesSuite.Stores.Domain;

/// <summary>A position as the browser's Geolocation API gives it: degrees and the accuracy radius in metres.</summary>
internal readonly record struct GeoPosition(double Latitude, double Longitude, double AccuracyMeters)
{
    public bool IsValid =>
        Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180 && AccuracyMeters >= 0
        && !double.IsNaN(Latitude) && !double.IsNaN(Longitude) && !double.IsNaN(AccuracyMeters);
}

/// <summary>The server's geofence decisions (the browser only reports a position; it never decides).</summary>
internal static class Geofence
{
    private const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Great-circle distance by the haversine formula, in metres.</summary>
    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// Where a position stands against the store's fence: a reading less accurate than the radius proves nothing and is
    /// refused; otherwise inside when the distance to the store is within the radius.
    /// </summary>
    public static FenceVerdict Check(Store store, GeoPosition position)
    {
        if (!position.IsValid)
        {
            return new FenceVerdict(FenceRefusal.NoPosition, double.NaN);
        }
        var distance = DistanceMeters(store.Latitude, store.Longitude, position.Latitude, position.Longitude);
        if (position.AccuracyMeters > store.RadiusMeters)
        {
            return new FenceVerdict(FenceRefusal.PoorAccuracy, distance);
        }
        return new FenceVerdict(distance <= store.RadiusMeters ? null : FenceRefusal.OutsideFence, distance);
    }

    /// <summary>
    /// Whether the minimum dwell has passed since the check-in inside the fence (<paramref name="checkedInAt"/>, null when
    /// there was none today): the reason for a refusal, or null when the report may go in.
    /// </summary>
    public static string? DwellRefusal(Store store, Instant? checkedInAt, Instant now) =>
        checkedInAt is not { } at ? FenceRefusal.NoCheckIn
        : now - at < Duration.FromMinutes(store.MinDwellMinutes) ? FenceRefusal.DwellTooShort
        : null;
}

/// <summary>Why the server refused (codes are stored in the refusal log; the text is the resource key <c>Fence_{code}</c>).</summary>
internal static class FenceRefusal
{
    public const string NoPosition = "NoPosition";
    public const string PoorAccuracy = "PoorAccuracy";
    public const string OutsideFence = "OutsideFence";
    public const string NoCheckIn = "NoCheckIn";
    public const string DwellTooShort = "DwellTooShort";
}

/// <summary>The fence check's answer: the refusal code (null = inside) and the distance in metres.</summary>
internal readonly record struct FenceVerdict(string? Refusal, double DistanceMeters)
{
    public bool Inside => Refusal is null;
}
