using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using SalesSuite.Host.Data;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// Email through the admin's SMTP server (MailKit). The Message-ID is derived from the idempotency key, so a resend after
/// a lost acknowledgement is recognisable as the same message; the key is also in the Idempotency-Key header.
/// </summary>
internal sealed class EmailSender(HostDbContext db, IOptions<ChannelOptions> options) : IChannelSender
{
    public bool Handles(DeliveryChannel channel) => channel == DeliveryChannel.Email;

    public async Task SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        var server = await db.EmailServers.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (server is not { Enabled: true } || string.IsNullOrWhiteSpace(server.Host))
        {
            throw new InvalidOperationException("The email server is not configured or not enabled.");
        }
        if (string.IsNullOrWhiteSpace(message.Email))
        {
            throw new InvalidOperationException("The recipient has no email address.");
        }
        using var mail = Build(server, message);
        using var smtp = new SmtpClient { Timeout = (int)options.Value.SendTimeout.TotalMilliseconds };
        await smtp.ConnectAsync(server.Host, server.Port, Tls(server.TlsMode), cancellationToken);
        if (!string.IsNullOrWhiteSpace(server.UserName))
        {
            await smtp.AuthenticateAsync(server.UserName, options.Value.SmtpPassword ?? string.Empty, cancellationToken);
        }
        await smtp.SendAsync(mail, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }

    public static string MessageIdFor(string idempotencyKey, string senderAddress)
    {
        var at = senderAddress.IndexOf('@', StringComparison.Ordinal);
        var domain = at >= 0 && at < senderAddress.Length - 1 ? senderAddress[(at + 1)..] : "salessuite.local";
        return $"{idempotencyKey}@{domain}";
    }

    private static MimeMessage Build(EmailServer server, ChannelMessage message)
    {
        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(server.SenderName ?? "SalesSuite", server.SenderAddress));
        mail.To.Add(new MailboxAddress(message.RecipientName, message.Email!));
        mail.Subject = message.Subject;
        mail.MessageId = MessageIdFor(message.IdempotencyKey, server.SenderAddress);
        mail.Headers.Add("Idempotency-Key", message.IdempotencyKey);
        mail.Headers.Add(HeaderId.ContentLanguage, message.Culture);
        mail.Body = new TextPart("plain") { Text = message.Body };
        return mail;
    }

    private static SecureSocketOptions Tls(EmailTlsMode mode) => mode switch
    {
        EmailTlsMode.None => SecureSocketOptions.None,
        EmailTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
