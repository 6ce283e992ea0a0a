using SalesSuite.Host.Seeding;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Web;

/// <summary>
/// PublicBaseUrl from configuration (the address customers reach, behind the proxy); a path base in it is kept. Never
/// the Host header: only on a developer's machine and in tests (no PublicBaseUrl there) is the request's own origin used.
/// </summary>
internal sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http, IHostEnvironment environment) : IPublicUrls
{
    public Uri Absolute(string path)
    {
        var configured = configuration["PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured) && Uri.TryCreate(configured, UriKind.Absolute, out var baseUrl))
        {
            return Join(baseUrl.GetLeftPart(UriPartial.Path), path);
        }
        var local = environment.IsDevelopment() || environment.IsEnvironment(DemoSeedPolicy.TestingEnvironment);
        if (local && http.HttpContext?.Request is { } request)
        {
            return Join($"{request.Scheme}://{request.Host}{request.PathBase}", path);
        }
        throw new InvalidOperationException("PublicBaseUrl is not configured as an absolute URL (e.g. https://crm.example.com).");
    }

    private static Uri Join(string baseUrl, string path) => new(baseUrl.TrimEnd('/') + "/" + path.TrimStart('/'));
}
