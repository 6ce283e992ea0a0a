using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Domain.Rules;

namespace SalesSuite.Health.Application.Actions;

/// <summary>An action's stored explanation ("key|arg|arg") in the reader's language, or in the default one for an event's reason.</summary>
internal static class ExplanationText
{
    private static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("zh-CN");

    public static string Format(IStringLocalizer localizer, string explanation)
    {
        var (key, arguments) = Explanation.Read(explanation);
        return localizer[key, [.. arguments]].Value;
    }

    /// <summary>The reason carried by a published event (Leads and Quotes show it as it is): zh-CN, the company's language.</summary>
    public static string ForEvent(IStringLocalizer localizer, string explanation)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = DefaultCulture;
        try
        {
            return Format(localizer, explanation);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
