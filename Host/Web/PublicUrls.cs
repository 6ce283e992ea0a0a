using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Web;

/// <summary>PublicBaseUrl from configuration (the address users reach, behind the proxy); a path base in it is kept.</summary>
internal sealed class PublicUrls(IConfiguration configuration) : IPublicUrls
{
    public Uri Absolute(string path)
    {
        var configured = configuration["PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(configured) || !Uri.TryCreate(configured, UriKind.Absolute, out var baseUrl))
        {
            throw new InvalidOperationException("PublicBaseUrl is not configured as an absolute URL (e.g. https://crm.example.com).");
        }
        return new Uri(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + path.TrimStart('/'));
    }
}
