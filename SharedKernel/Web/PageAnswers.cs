using System.Text.Encodings.Web;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.SharedKernel.Web;

/// <summary>
/// The one way a page answers a command: a plain form post gets a flash message and a redirect (PRG); an htmx
/// request gets an alert fragment, typed htmx headers (Htmx.Net) and the right status (422 refused, 409 stale).
/// </summary>
public static class PageAnswers
{
    /// <summary>Success: flash + redirect, or an alert fragment raising <paramref name="trigger"/> for htmx.</summary>
    public static IActionResult Done(this PageModel page, string text, string? trigger = null, object? routeValues = null)
    {
        if (!page.Request.IsHtmx())
        {
            page.TempData.Flash(text, "success");
            return page.RedirectToPage(routeValues);
        }
        if (trigger is not null)
        {
            page.Response.Htmx(h => h.WithTrigger(trigger));
        }
        return page.Alert(text, "success");
    }

    /// <summary>Refusal: flash (danger) + redirect, or an alert fragment with <paramref name="status"/> for htmx.</summary>
    public static IActionResult Refused(this PageModel page, string text, int status = 422, object? routeValues = null)
    {
        if (!page.Request.IsHtmx())
        {
            page.TempData.Flash(text, "danger");
            return page.RedirectToPage(routeValues);
        }
        return page.Alert(text, "danger", status);
    }

    /// <summary>A refused rule, in the reader's language.</summary>
    public static IActionResult Refused(this PageModel page, DomainException refusal, IStringLocalizer localizer, object? routeValues = null) =>
        page.Refused(localizer.Text(refusal), refusal.StatusCode, routeValues);

    /// <summary>A partial re-rendered with a status (a form with its problems for htmx: 422, or 409 when stale).</summary>
    public static PartialViewResult WithStatus(this PartialViewResult partial, int status)
    {
        partial.StatusCode = status;
        return partial;
    }

    /// <summary>The refusal's resource text with its arguments.</summary>
    public static string Text(this IStringLocalizer localizer, DomainException refusal) =>
        localizer[refusal.Key, [.. refusal.Arguments]].Value;

    /// <summary>
    /// An htmx alert fragment (<paramref name="kind"/>: success, info, warning, danger), encoded by the host's
    /// registered <see cref="HtmlEncoder"/> like every Razor view (so Chinese text stays readable).
    /// </summary>
    public static ContentResult Alert(this PageModel page, string text, string kind, int status = 200) => new()
    {
        Content = $"<div class=\"alert alert-{kind}\" role=\"{(kind == "danger" ? "alert" : "status")}\">"
            + page.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>().Encode(text) + "</div>",
        ContentType = "text/html; charset=utf-8",
        StatusCode = status,
    };
}
