using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Areas.Stores.Pages.Day;

/// <summary>The check-in form's hidden fields, filled by stores-day.js from <c>navigator.geolocation</c>.</summary>
public sealed class CheckInInput
{
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public double? Accuracy { get; set; }
    /// <summary>The browser's GeolocationPositionError code (1 denied, 2 unavailable, 3 timeout) or "unsupported".</summary>
    public string? GeoError { get; set; }

    internal GeoPosition? Position =>
        string.IsNullOrEmpty(GeoError) && Latitude is { } lat && Longitude is { } lng && Accuracy is { } acc ? new GeoPosition(lat, lng, acc) : null;
}
