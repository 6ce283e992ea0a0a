using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using SalesSuite.Stores.Application.Media;

namespace SalesSuite.Stores.Areas.Stores.Pages.Files;

/// <summary>
/// Serves a report's photo or recording (/Stores/Files/{id}) and a photo's thumbnail (/Stores/Files/{id}/Thumb) to
/// those who may see the store (404 otherwise). Private caching for an hour; the id is the entity tag (files never
/// change), so a revisit answers 304. Ranges are served: Safari plays audio only with range requests.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly MediaQueries _media;

    internal IndexModel(MediaQueries media) => _media = media;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ServeAsync(id, thumbnail: false, ct);

    public Task<IActionResult> OnGetThumbAsync(Guid id, CancellationToken ct) => ServeAsync(id, thumbnail: true, ct);

    private async Task<IActionResult> ServeAsync(Guid id, bool thumbnail, CancellationToken ct)
    {
        ServedFile file;
        try
        {
            file = await _media.OpenAsync(id, thumbnail, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, max-age=3600";
        Response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(file.Content, file.ContentType)
        {
            EntityTag = new EntityTagHeaderValue(file.ETag),
            EnableRangeProcessing = true,
        };
    }
}
