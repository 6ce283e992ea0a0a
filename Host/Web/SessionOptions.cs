namespace SalesSuite.Host.Web;

/// <summary>Config section "Session": how long a sign-in lasts at most, and how long it survives without a user action.</summary>
internal sealed class SessionOptions
{
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
