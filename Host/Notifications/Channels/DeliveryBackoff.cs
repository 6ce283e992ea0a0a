using NodaTime;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>Exponential back-off after a failed attempt: 30 s, 1 min, 2 min, 4 min … capped at one hour.</summary>
public static class DeliveryBackoff
{
    public static readonly Duration First = Duration.FromSeconds(30);
    public static readonly Duration Cap = Duration.FromHours(1);

    /// <param name="attempts">Attempts made so far (1 after the first failure).</param>
    public static Duration After(int attempts)
    {
        var seconds = First.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return seconds >= Cap.TotalSeconds ? Cap : Duration.FromSeconds(seconds);
    }
}
