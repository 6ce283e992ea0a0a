namespace SalesSuite.SharedKernel.Web;

/// <summary>Absolute links for places outside a request (e-mails, QR codes, shared quote links): config PublicBaseUrl.</summary>
public interface IPublicUrls
{
    /// <summary>The public base URL joined with an app-relative path ("/q/abc" → "https://crm.example.com/q/abc").</summary>
    Uri Absolute(string path);
}
