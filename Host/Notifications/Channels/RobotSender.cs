using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// Posts to the configured WeCom / DingTalk group robot or the generic webhook. Every post carries the Idempotency-Key
/// header; DingTalk's URL is signed with its secret; the generic body is HMAC-signed when a secret is set. WeCom and
/// DingTalk answer 200 with an errcode, which counts as a failure when it is not 0. The recipient's team's robot is used
/// when the team has one (<see cref="ChannelRobot.For"/>), else the company's.
/// </summary>
internal sealed class RobotSender(HostDbContext db, IHttpClientFactory http, IClock clock) : IChannelSender
{
    public const string ClientName = "channels";

    public bool Handles(DeliveryChannel channel) => DeliveryChannels.Robots.Contains(channel);

    public async Task SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        var team = message.RecipientTeamId ?? Guid.Empty;
        var candidates = await db.ChannelRobots.AsNoTracking()
            .Where(r => r.Channel == message.Channel && (r.TeamId == Guid.Empty || r.TeamId == team)).ToListAsync(cancellationToken);
        var robot = ChannelRobot.For(candidates, message.Channel, message.RecipientTeamId);
        if (robot is null)
        {
            throw new InvalidOperationException($"The {message.Channel} robot is not configured or not enabled.");
        }
        var body = RobotPayloads.For(message).ToJsonString();
        var url = robot.Channel == DeliveryChannel.DingTalk && !string.IsNullOrWhiteSpace(robot.Secret)
            ? DingTalkSignature.SignedUrl(robot.Url, clock.GetCurrentInstant().ToUnixTimeMilliseconds(), robot.Secret)
            : robot.Url;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("Idempotency-Key", message.IdempotencyKey);
        if (robot.Channel == DeliveryChannel.Webhook && !string.IsNullOrWhiteSpace(robot.Secret))
        {
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.For(body, robot.Secret));
        }
        using var response = await http.CreateClient(ClientName).SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(answer)}");
        }
        if (robot.Channel != DeliveryChannel.Webhook && ErrorCode(answer) is { } code and not 0)
        {
            throw new HttpRequestException($"errcode {code}: {Shorten(answer)}");
        }
    }

    private static int? ErrorCode(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.TryGetProperty("errcode", out var code) && code.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;
}
