using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Areas.Admin;

/// <summary>
/// Defence in depth: the area convention already requires the Admin policy; every handler (GET, POST,
/// htmx fragment) checks the role again so a mis-configured convention cannot open the admin pages.
/// </summary>
public abstract class AdminPageModel : PageModel
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (!User.IsInRole(Roles.Admin))
        {
            context.Result = Forbid();
        }
    }
}
