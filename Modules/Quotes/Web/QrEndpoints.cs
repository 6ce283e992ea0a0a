using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Web;

/// <summary>
/// Anonymous, rate-limited QR images of a quote's public link; unknown or revoked tokens get 404 (checked on every
/// request). The image is cached (<see cref="QrImageCache"/>) and carries a strong ETag: a matching If-None-Match gets 304.
/// </summary>
internal static class QrEndpoints
{
    /// <summary>Private: the image carries the customer's token, so no shared cache keeps it.</summary>
    public const string CacheControl = "private, max-age=86400";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/q/{token}").AllowAnonymous().RequireRateLimiting(PublicLinks.RateLimitPolicy);
        group.MapGet("/qr.png", (string token, HttpContext http, IPublicUrls urls, QrImageCache images, QuotesDbContext db, CancellationToken ct) =>
            ImageAsync(http, db, token, "png", "image/png", url => images.Png(url), urls, ct));
        group.MapGet("/qr.svg", (string token, HttpContext http, IPublicUrls urls, QrImageCache images, QuotesDbContext db, CancellationToken ct) =>
            ImageAsync(http, db, token, "svg", "image/svg+xml", url => images.Svg(url), urls, ct));
    }

    private static async Task<IResult> ImageAsync(
        HttpContext http, QuotesDbContext db, string token, string format, string contentType, Func<string, byte[]> image, IPublicUrls urls,
        CancellationToken ct)
    {
        if (token.Length > 64 || !await db.Quotes.AnyAsync(q => q.PublicToken == token && !q.TokenRevoked, ct))
        {
            return Results.NotFound();
        }
        var url = PublicLinks.UrlFor(urls, token);
        http.Response.Headers.CacheControl = CacheControl;
        // The file result answers 304 itself when If-None-Match carries this tag.
        return Results.File(image(url), contentType, entityTag: QrImageCache.ETagOf(format, url));
    }
}
