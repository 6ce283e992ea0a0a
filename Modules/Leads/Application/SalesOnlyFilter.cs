using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SalesSuite.Leads.Application;

/// <summary>
/// On every Leads page except the task list: users who are in the module only to receive stage tasks
/// (Tech, Finance, DeliveryManager, Marketing without a sales role) get 403.
/// </summary>
internal sealed class SalesOnlyFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        if (!LeadsModule.SalesRoles.Any(user.IsInRole))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        await next();
    }
}
