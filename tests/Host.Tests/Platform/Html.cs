using System.Globalization;
using System.Net;
using SalesSuite.SharedKernel.Localization;

namespace SalesSuite.Host.Tests.Platform;

internal static class Html
{
    private static readonly JsonStringLocalizer HostText = new JsonStringLocalizerFactory().For(typeof(Program).Assembly);

    public static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The host's text for <paramref name="key"/> in <paramref name="culture"/>, straight from its resources.</summary>
    public static string Text(string key, string culture, params object[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return args.Length == 0 ? HostText[key].Value : HostText[key, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
