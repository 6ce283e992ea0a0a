namespace SalesSuite.Stores.Application.Hq;

/// <summary>A store on the map: where, its colour class, the link and the tooltip.</summary>
internal sealed record MapDot(double Latitude, double Longitude, string Css, string Href, string Tooltip);
