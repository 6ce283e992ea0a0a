using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Localization;

namespace SalesSuite.Host.Web;

/// <summary>
/// One small body limit for every request (config RequestLimits:MaxBodyBytes, default 1 MB); an upload endpoint asks
/// for more with [RequestSizeLimit]. A declared Content-Length over the limit is refused with 413 before anything is read;
/// a chunked body is cut off by the server at the same limit (Kestrel's IHttpMaxRequestBodySizeFeature).
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    private readonly long _limit = configuration.GetValue("RequestLimits:MaxBodyBytes", DefaultMaxBodyBytes);

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? _limit;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            var l = context.RequestServices.GetRequiredService<IStringLocalizer<HostText>>();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(l["Request_TooLarge"], context.RequestAborted);
            return;
        }
        await next(context);
    }
}
