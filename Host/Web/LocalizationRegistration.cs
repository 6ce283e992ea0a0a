using System.Globalization;
using Microsoft.AspNetCore.Localization;
using SalesSuite.SharedKernel.Localization;

namespace SalesSuite.Host.Web;

internal static class LocalizationRegistration
{
    public static IServiceCollection AddSalesSuiteLocalization(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // Read-only cultures shared by every request: the middleware hands a request CultureInfo.ReadOnly(culture), which
            // for a writable culture is a fresh copy whose number and date formats are built again from ICU on first use
            // in every request (a period key or a number formatted in the page paid for it each time).
            var cultures = ResourceTable.SupportedCultures.Select(c => CultureInfo.GetCultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(CultureInfo.GetCultureInfo("zh-CN"));
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The user's choice (cookie) first, then the browser's languages.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }
}
