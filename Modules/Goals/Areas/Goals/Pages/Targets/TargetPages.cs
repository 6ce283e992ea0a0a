using NodaTime;
using NodaTime.Text;

namespace SalesSuite.Goals.Areas.Goals.Pages.Targets;

/// <summary>Evidence links of the target pages (their 404 / 403 answers: <see cref="GoalsGuard"/>).</summary>
internal static class TargetPages
{
    /// <summary>The evidence drill-down (Progress) for a person and / or an action type between two days.</summary>
    public static string Evidence(Guid? userId, Guid? actionTypeId, LocalDate from, LocalDate to) =>
        "/Goals/Progress/Evidence?userId=" + userId + "&actionTypeId=" + actionTypeId
        + "&from=" + LocalDatePattern.Iso.Format(from) + "&to=" + LocalDatePattern.Iso.Format(to);
}
