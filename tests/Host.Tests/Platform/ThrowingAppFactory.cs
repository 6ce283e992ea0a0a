using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>The host plus one endpoint that throws, to see the error page as a user would.</summary>
public sealed class ThrowingAppFactory : AppFactory
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, ThrowingEndpointFilter>();

    private sealed class ThrowingEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // Runs where the host's pipeline finds no endpoint, inside its exception handler.
            app.Use((context, following) => context.Request.Path == "/test/boom"
                ? throw new InvalidOperationException("boom")
                : following(context));
        };
    }
}
