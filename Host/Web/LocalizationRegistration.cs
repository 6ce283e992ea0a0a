using Microsoft.AspNetCore.Localization;
using SalesSuite.SharedKernel.Localization;

namespace SalesSuite.Host.Web;

internal static class LocalizationRegistration
{
    public static IServiceCollection AddSalesSuiteLocalization(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = ResourceTable.SupportedCultures.Select(c => new System.Globalization.CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The user's choice (cookie) first, then the browser's languages.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }
}
