using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;

namespace SalesSuite.Goals.Areas.Goals.Pages.Targets;

/// <summary>Shared answers of the target pages: an unseen record is 404, a forbidden action 403; evidence links.</summary>
internal static class TargetPages
{
    public static async Task<IActionResult> Guarded(this PageModel page, Func<Task<IActionResult>> work)
    {
        try
        {
            return await work();
        }
        catch (KeyNotFoundException)
        {
            return page.NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return page.StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>The evidence drill-down (Progress) for a person and / or an action type between two days.</summary>
    public static string Evidence(Guid? userId, Guid? actionTypeId, LocalDate from, LocalDate to) =>
        "/Goals/Progress/Evidence?userId=" + userId + "&actionTypeId=" + actionTypeId
        + "&from=" + LocalDatePattern.Iso.Format(from) + "&to=" + LocalDatePattern.Iso.Format(to);
}
