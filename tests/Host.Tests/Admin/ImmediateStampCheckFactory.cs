using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

/// <summary>The host validates the security stamp every minute; here every request, to see a deactivation end an open session.</summary>
public sealed class ImmediateStampCheckFactory : AppFactory
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
}
