namespace SalesSuite.Host.Notifications.Channels;

public enum EmailTlsMode
{
    /// <summary>Plain SMTP (only for a relay on the local network).</summary>
    None = 0,
    /// <summary>STARTTLS required (port 587).</summary>
    StartTls = 1,
    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect = 2,
}
