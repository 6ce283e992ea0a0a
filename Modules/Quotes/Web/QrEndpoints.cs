using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Web;

/// <summary>Anonymous, rate-limited QR images of a quote's public link; unknown or revoked tokens get 404.</summary>
internal static class QrEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/q/{token}").AllowAnonymous().RequireRateLimiting(PublicLinks.RateLimitPolicy);
        group.MapGet("/qr.png", async (string token, IPublicUrls urls, QuotesDbContext db, CancellationToken ct) =>
            await ExistsAsync(db, token, ct) ? Results.File(QrCodes.Png(PublicLinks.UrlFor(urls, token)), "image/png") : Results.NotFound());
        group.MapGet("/qr.svg", async (string token, IPublicUrls urls, QuotesDbContext db, CancellationToken ct) =>
            await ExistsAsync(db, token, ct) ? Results.Text(QrCodes.Svg(PublicLinks.UrlFor(urls, token)), "image/svg+xml") : Results.NotFound());
    }

    private static Task<bool> ExistsAsync(QuotesDbContext db, string token, CancellationToken ct) =>
        db.Quotes.AnyAsync(q => q.PublicToken == token && !q.TokenRevoked, ct);
}
