using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SalesSuite.Goals.Areas.Goals.Pages;

/// <summary>The record checks' answers: a person or record one may not see is a 404, an action one may not take a 403.</summary>
internal static class GoalsGuard
{
    public static async Task<IActionResult> GuardAsync(this PageModel page, Func<Task<IActionResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (KeyNotFoundException)
        {
            return page.NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            // A status (the status-code page shows it), not a sign-in redirect: htmx requests see the refusal too.
            return page.StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
