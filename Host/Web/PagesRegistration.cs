using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Web;

internal static class PagesRegistration
{
    public static IServiceCollection AddSalesSuitePages(this IServiceCollection services, IReadOnlyList<IModule> modules)
    {
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeAreaFolder("Admin", "/", HostBuilderExtensions.AdminPolicy);
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/StatusCode");
                o.Conventions.AllowAnonymousToPage("/Culture");
                foreach (var module in modules)
                {
                    module.ConfigurePages(o);
                }
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(type))
            .AddMvcOptions(o => ModelBindingMessages.Localize(o, services));
        services.Replace(ServiceDescriptor.Singleton<IPageModelActivatorProvider, ModulePageModelActivatorProvider>());
        return services;
    }
}
