using System.Text.Json.Nodes;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>The JSON each robot expects: WeCom and DingTalk "text" messages (with an @mention by mobile), or ours.</summary>
internal static class RobotPayloads
{
    public static JsonObject For(ChannelMessage message) => message.Channel switch
    {
        DeliveryChannel.WeCom => WeCom(message),
        DeliveryChannel.DingTalk => DingTalk(message),
        _ => Generic(message),
    };

    private static string Content(ChannelMessage message) => message.Subject + "\n" + message.Body;

    private static JsonObject WeCom(ChannelMessage message)
    {
        var text = new JsonObject { ["content"] = Content(message) };
        if (!string.IsNullOrWhiteSpace(message.Mobile))
        {
            text["mentioned_mobile_list"] = new JsonArray(message.Mobile);
        }
        return new JsonObject { ["msgtype"] = "text", ["text"] = text };
    }

    private static JsonObject DingTalk(ChannelMessage message)
    {
        // DingTalk highlights an @mention only when "@<mobile>" also appears in the text.
        var mention = string.IsNullOrWhiteSpace(message.Mobile) ? string.Empty : "\n@" + message.Mobile;
        var at = new JsonObject { ["isAtAll"] = false };
        if (mention.Length > 0)
        {
            at["atMobiles"] = new JsonArray(message.Mobile);
        }
        return new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = Content(message) + mention }, ["at"] = at };
    }

    private static JsonObject Generic(ChannelMessage message) => new()
    {
        ["idempotencyKey"] = message.IdempotencyKey,
        ["notificationId"] = message.NotificationId.ToString(),
        ["type"] = new JsonObject { ["sourceModule"] = message.SourceModule, ["textKey"] = message.TextKey },
        ["culture"] = message.Culture,
        ["subject"] = message.Subject,
        ["body"] = message.Body,
        ["link"] = message.Link,
        ["recipient"] = new JsonObject
        {
            ["userName"] = message.RecipientUserName,
            ["displayName"] = message.RecipientName,
            ["email"] = message.Email,
            ["mobile"] = message.Mobile,
        },
    };
}
