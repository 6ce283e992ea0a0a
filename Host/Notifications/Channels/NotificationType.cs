namespace SalesSuite.Host.Notifications.Channels;

/// <summary>A kind of notification (source module + text key) with its readable names in the reader's language.</summary>
public sealed record NotificationType(string SourceModule, string TextKey, string ModuleLabel, string Name)
{
    public string Key => SourceModule + ":" + TextKey;
}
