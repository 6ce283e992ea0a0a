namespace SalesSuite.Host;

/// <summary>Marker for the host's own resources: <c>IStringLocalizer&lt;HostText&gt;</c>.</summary>
public sealed class HostText;
