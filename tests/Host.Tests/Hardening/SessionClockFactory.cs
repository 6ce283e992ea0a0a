using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Hardening;

/// <summary>Sign-in cookie and stamp validation on a hand-moved clock; idle 30 min, absolute 2 h.</summary>
public sealed class SessionClockFactory : AppFactory
{
    public ManualTime Time { get; } = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Session:IdleTimeout", "00:30:00");
        builder.UseSetting("Session:AbsoluteLifetime", "02:00:00");
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = Time);
        services.PostConfigure<SecurityStampValidatorOptions>(o => o.TimeProvider = Time);
    }
}
