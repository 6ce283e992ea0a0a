using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>The SMTP server an admin configured (one row). The password is never stored: it comes from configuration.</summary>
public sealed class EmailServer : IAuditable, IVersioned
{
    public static readonly Guid SingletonId = new("5a1e5e00-0000-4000-8000-000000000001");

    public Guid Id { get; set; } = SingletonId;
    public bool Enabled { get; set; }
    public string Host { get; set; } = string.Empty;
    public int Port { get; set; } = 587;
    public EmailTlsMode TlsMode { get; set; } = EmailTlsMode.StartTls;
    public string? UserName { get; set; }
    public string SenderAddress { get; set; } = string.Empty;
    public string? SenderName { get; set; }
    public int Version { get; set; }
    public string AuditId => Id.ToString();
}
