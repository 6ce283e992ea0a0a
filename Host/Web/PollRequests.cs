namespace SalesSuite.Host.Web;

/// <summary>
/// Background polls (htmx <c>hx-trigger="every ..."</c>) are not user activity: they must not keep a session alive.
/// A poll says so with the X-Poll header (<c>hx-headers='{"X-Poll":"1"}'</c>); the bell count is known by its handler too.
/// </summary>
internal static class PollRequests
{
    public const string Header = "X-Poll";

    public static bool IsPoll(HttpRequest request) =>
        request.Headers.ContainsKey(Header)
        || (request.Path.StartsWithSegments("/Notifications")
            && string.Equals(request.Query["handler"], "Count", StringComparison.OrdinalIgnoreCase));
}
