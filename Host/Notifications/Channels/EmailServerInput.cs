namespace SalesSuite.Host.Notifications.Channels;

public sealed class EmailServerInput
{
    public bool Enabled { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public EmailTlsMode TlsMode { get; set; } = EmailTlsMode.StartTls;
    public string? UserName { get; set; }
    public string? SenderAddress { get; set; }
    public string? SenderName { get; set; }
    public int Version { get; set; }
}
