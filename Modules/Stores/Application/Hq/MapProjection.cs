namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// An equirectangular projection fitted to the bounding box of the stores shown, with a margin: longitude is shrunk by
/// the cosine of the middle latitude so a region keeps its shape; north is up. No tiles, only the stores' own dots.
/// </summary>
internal sealed class MapProjection
{
    public const double Width = 400;
    public const double Margin = 24;
    public const double MinHeight = 200;
    public const double MaxHeight = 480;
    /// <summary>About 1 km: a single store (or stores on one spot) is drawn in the middle, not divided by zero.</summary>
    private const double MinSpanDegrees = 0.01;

    private readonly double _cos;
    private readonly double _minX;
    private readonly double _maxY;
    private readonly double _scale;
    private readonly double _offsetX;
    private readonly double _offsetY;

    public MapProjection(IReadOnlyCollection<(double Latitude, double Longitude)> points)
    {
        var lats = points.Count == 0 ? [0d] : points.Select(p => p.Latitude).ToList();
        var lons = points.Count == 0 ? [0d] : points.Select(p => p.Longitude).ToList();
        _cos = Math.Cos((lats.Min() + lats.Max()) / 2 * Math.PI / 180);
        var spanX = Math.Max((lons.Max() - lons.Min()) * _cos, MinSpanDegrees);
        var spanY = Math.Max(lats.Max() - lats.Min(), MinSpanDegrees);
        var plotWidth = Width - (2 * Margin);
        _scale = Math.Min(plotWidth / spanX, (MaxHeight - (2 * Margin)) / spanY);
        Height = Math.Max(MinHeight, (spanY * _scale) + (2 * Margin));
        // Centre the box (a tall region leaves room left and right; a wide one above and below).
        _minX = (((lons.Min() + lons.Max()) / 2) * _cos) - (spanX / 2);
        _maxY = ((lats.Min() + lats.Max()) / 2) + (spanY / 2);
        _offsetX = Margin + ((plotWidth - (spanX * _scale)) / 2);
        _offsetY = (Height - (spanY * _scale)) / 2;
    }

    public double Height { get; }

    public (double X, double Y) Project(double latitude, double longitude) =>
        (_offsetX + (((longitude * _cos) - _minX) * _scale), _offsetY + ((_maxY - latitude) * _scale));
}
