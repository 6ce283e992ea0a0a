using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace SalesSuite.Host.Web;

/// <summary>
/// Sign-in POSTs per client IP per minute (config SignInThrottle:PermitPerMinute, default 10). Per IP, not per account:
/// one caller cannot lock every account by guessing, and a second office behind another IP still signs in.
/// </summary>
internal static class SignInThrottle
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("SignInThrottle:PermitPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != Policy)
                {
                    return;
                }
                var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<HostText>>();
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(l["Login_Throttled"], cancellationToken);
            };
        });
        return services;
    }
}
