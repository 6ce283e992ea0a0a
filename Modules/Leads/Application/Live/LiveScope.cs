using System.Globalization;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Live;

/// <summary>
/// The key under which a rendered live board is shared between viewers: two viewers get the same HTML only when they
/// see exactly the same records (all, or the same set of owners: a salesperson alone, a manager with the same team)
/// and read the same culture (texts, number formats). The markup keyed so must not hold anything else that differs by
/// person (no antiforgery token, no name of the viewer, no role-dependent button).
/// </summary>
internal static class LiveScope
{
    public static string Of(Visibility visibility, CultureInfo culture, CultureInfo uiCulture)
    {
        var owners = visibility.All ? "all" : string.Join(",", visibility.Owners.Order().Select(o => o.ToString("N")));
        return $"{culture.Name}|{uiCulture.Name}|{owners}";
    }
}
