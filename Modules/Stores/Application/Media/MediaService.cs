using NodaTime;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Media;

/// <summary>
/// Accepts report uploads (photos, screenshots, recordings) into the file store. PLACEHOLDER: the media work replaces
/// this body (SkiaSharp decoding, EXIF evidence, thumbnails, recording checks, quota); the API stays.
/// </summary>
internal sealed class MediaService(IClock clock)
{
    /// <summary>
    /// Validates and processes one upload and writes it (and a thumbnail) to the file store; returns the StoreFile
    /// (NOT added to the DbContext). Throws DomainException("Media_Error_...") on bad input; nothing stays on disk then.
    /// </summary>
    public async Task<StoreFile> AcceptAsync(Guid storeId, LocalDate day, string kind, string fileName, string contentType, Stream content,
        Guid userId, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var id = Guid.NewGuid();
        return new StoreFile(id, storeId, day, kind, $"stores/{storeId:N}/{day:yyyy-MM-dd}/{id:N}", null, contentType, buffer.Length, userId,
            clock.GetCurrentInstant());
    }

    /// <summary>Removes the stored bytes of a file (file + thumbnail); safe to call twice.</summary>
    public Task DeleteAsync(StoreFile file, CancellationToken ct) => Task.CompletedTask;
}
