using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SalesSuite.Leads.Application;

/// <summary>
/// Users who are in the module only to receive stage tasks (Tech, Finance, DeliveryManager, Marketing without a
/// sales role) get 403 on the sales pages. Marketing also brings in leads (trade shows, campaigns), so the intake
/// and import pages admit it too.
/// </summary>
internal sealed class SalesOnlyFilter(IReadOnlyList<string> allowedRoles) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        if (!allowedRoles.Any(user.IsInRole))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        await next();
    }
}
