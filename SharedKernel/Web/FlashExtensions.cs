using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SalesSuite.SharedKernel.Web;

public static class FlashExtensions
{
    private const string Key = "flash";

    public static void Flash(this ITempDataDictionary tempData, string text, string kind = "success") =>
        tempData[Key] = kind + "|" + text;

    public static Flash? TakeFlash(this ITempDataDictionary tempData) =>
        tempData[Key] is string value && value.Split('|', 2) is [var kind, var text] ? new Flash(kind, text) : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(SalesSuite.SharedKernel.Identity.AppClaimTypes.DisplayName)?.Value ?? user.Identity?.Name ?? string.Empty;
}
