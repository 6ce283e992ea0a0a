using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.ActionTypes;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Areas.Goals.Pages;

/// <summary>Texts the contracts pages share: an action type's name and its standard in the reader's language.</summary>
internal static class GoalsText
{
    public static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string Name(KeyActionType type) => type.Name(Chinese);

    public static string Standard(this IStringLocalizer l, EvidenceRule rule) =>
        EvidenceRuleText.Describe(rule, (key, args) => l[key, args].Value);
}
