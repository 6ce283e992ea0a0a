using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.Leads.Areas.Leads.Pages.Deals;

/// <summary>A page's partial rendered to a string (as <c>Partial(name, model)</c> would write it), to be cached and shared.</summary>
internal static class PartialHtml
{
    public static async Task<string> RenderAsync(PageModel page, string name, object model)
    {
        var engine = page.HttpContext.RequestServices.GetRequiredService<ICompositeViewEngine>();
        var found = engine.FindView(page.PageContext, name, isMainPage: false);
        if (!found.Success)
        {
            throw new InvalidOperationException($"The partial {name} was not found.");
        }
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var viewData = new ViewDataDictionary<object>(page.ViewData, model);
        var context = new ViewContext(page.PageContext, found.View, viewData, page.TempData, writer, new HtmlHelperOptions());
        await found.View.RenderAsync(context);
        return writer.ToString();
    }
}
