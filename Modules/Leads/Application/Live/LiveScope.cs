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
    public static string Of(Visibility visibility, CultureInfo culture, CultureInfo uiCulture) =>
        Of(visibility.All ? "all" : string.Join(",", visibility.Owners.Order().Select(o => o.ToString("N"))), culture, uiCulture);

    /// <summary>
    /// The key of a board whose content follows from <paramref name="records"/> alone (e.g. the kanban: the owners shown
    /// after the filter, and the filter its "load more" buttons carry) and the culture.
    /// </summary>
    public static string Of(string records, CultureInfo culture, CultureInfo uiCulture) => $"{culture.Name}|{uiCulture.Name}|{records}";
}
