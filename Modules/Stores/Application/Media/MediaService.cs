using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Media;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Media;

/// <summary>
/// Accepts one upload of a report: checks size, type and content (photos must decode; recordings must be what their
/// type says and at most 30 s, measured here), keeps the photo's EXIF position as evidence, writes the served copy and
/// its thumbnail to the file store and returns the <see cref="StoreFile"/> for the caller to attach and save. A refusal
/// leaves nothing on disk. Bytes written by a submit that then fails are removed by <c>OrphanFilesWork</c>.
/// </summary>
internal sealed class MediaService(
    StoresDbContext db, IFileStore files, BusinessClock clock, ModuleSettings<StoresDbContext, StoresSettings> settings)
{
    public const int MaxImageMegabytes = 10;
    public const int MaxRecordingMegabytes = 1;
    public const int MaxRecordingSeconds = 30;
    /// <summary>MediaRecorder stops a little late; a 30 s limit in the browser may give 30.4 s.</summary>
    public const double RecordingToleranceSeconds = 1;
    public const int FileNameMaxLength = 100;
    private const long Megabyte = 1024 * 1024;

    /// <summary>Files accepted in this scope but perhaps not saved yet, so several uploads of one submit share the quota.</summary>
    private readonly Dictionary<Guid, StoreFile> _accepted = [];

    /// Validates and processes one upload and writes it (and a thumbnail) to the file store; returns the StoreFile
    /// (NOT added to the DbContext). Throws DomainException("Media_Error_...") on bad input; nothing stays on disk then.
    public async Task<StoreFile> AcceptAsync(Guid storeId, LocalDate day, string kind, string fileName, string contentType, Stream content,
        Guid userId, CancellationToken ct)
    {
        DomainException.ThrowIf(!FileKind.All.Contains(kind), "Media_Error_Kind");
        var name = DisplayName(fileName);
        var image = FileKind.IsImage(kind);
        var limit = (image ? MaxImageMegabytes : MaxRecordingMegabytes) * Megabyte;
        var original = await ReadLimitedAsync(content, limit, ct);
        DomainException.ThrowIf(original is null, "Media_Error_TooLarge", name, limit / Megabyte);
        DomainException.ThrowIf(original!.Length == 0, "Media_Error_Empty", name);

        var id = Guid.NewGuid();
        var folder = $"stores/{storeId:N}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{id:N}";
        var processed = image ? ProcessImage(original, name, folder) : ProcessRecording(original, name, contentType, folder);
        var bytes = processed.Served.LongLength + (processed.Thumbnail?.LongLength ?? 0);
        await EnsureQuotaAsync(storeId, day, name, bytes, ct);

        await WriteAsync(processed, ct);
        var file = new StoreFile(id, storeId, day, kind, processed.Key, processed.ThumbnailKey, processed.ContentType, bytes, userId, clock.Now)
        {
            Width = processed.Width,
            Height = processed.Height,
            DurationSeconds = processed.DurationSeconds,
            ExifLatitude = processed.Evidence?.Latitude,
            ExifLongitude = processed.Evidence?.Longitude,
            ExifTakenAt = processed.Evidence?.TakenAt,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(original)),
        };
        _accepted[id] = file;
        return file;
    }

    /// Removes the stored bytes of a file (file + thumbnail); safe to call twice.
    public async Task DeleteAsync(StoreFile file, CancellationToken ct)
    {
        await files.DeleteAsync(file.StorageKey, ct);
        if (file.ThumbnailKey is { } thumbnail)
        {
            await files.DeleteAsync(thumbnail, ct);
        }
        _accepted.Remove(file.Id);
    }

    private ProcessedUpload ProcessImage(byte[] original, string name, string folder)
    {
        var outcome = ImageProcessor.Process(original);
        if (outcome.Refusal is { } refusal)
        {
            throw new DomainException(refusal, name, ImageProcessor.MaxPixels / 1_000_000);
        }
        return new ProcessedUpload(folder + ".jpg", outcome.Jpeg, folder + "-thumb.jpg", outcome.Thumbnail, "image/jpeg")
        {
            Width = outcome.Width,
            Height = outcome.Height,
            Evidence = ImageEvidence.Read(original, clock.Zone),
        };
    }

    private static ProcessedUpload ProcessRecording(byte[] original, string name, string contentType, string folder)
    {
        var declared = AudioFormat.FromContentType(contentType);
        var actual = AudioFormat.Sniff(original);
        DomainException.ThrowIf(declared is null || declared != actual, "Media_Error_AudioType", name);
        var seconds = AudioDuration.Seconds(actual!, original);
        DomainException.ThrowIf(seconds is null, "Media_Error_AudioUnreadable", name);
        DomainException.ThrowIf(seconds > MaxRecordingSeconds + RecordingToleranceSeconds, "Media_Error_TooLong", name,
            Math.Round(seconds!.Value), MaxRecordingSeconds);
        return new ProcessedUpload($"{folder}.{actual!.Extension}", original, null, null, actual.ContentType) { DurationSeconds = seconds };
    }

    private async Task EnsureQuotaAsync(Guid storeId, LocalDate day, string name, long bytes, CancellationToken ct)
    {
        var quotaMb = (await settings.ReadAsync(ct)).DailyQuotaMegabytes;
        var saved = await db.Files.AsNoTracking()
            .Where(f => f.StoreId == storeId && f.Day == day)
            .Select(f => new { f.Id, f.Bytes })
            .ToListAsync(ct);
        var savedIds = saved.Select(f => f.Id).ToHashSet();
        var used = saved.Sum(f => f.Bytes)
            + _accepted.Values.Where(f => f.StoreId == storeId && f.Day == day && !savedIds.Contains(f.Id)).Sum(f => f.Bytes);
        DomainException.ThrowIf(used + bytes > quotaMb * Megabyte, "Media_Error_Quota", name, quotaMb,
            Math.Round(used / (double)Megabyte, 1));
    }

    /// <summary>Both files or neither: a failed second write removes the first.</summary>
    private async Task WriteAsync(ProcessedUpload upload, CancellationToken ct)
    {
        try
        {
            await files.SaveAsync(upload.Key, new MemoryStream(upload.Served, writable: false), ct);
            if (upload.ThumbnailKey is { } thumbnailKey)
            {
                await files.SaveAsync(thumbnailKey, new MemoryStream(upload.Thumbnail!, writable: false), ct);
            }
        }
        catch
        {
            await files.DeleteAsync(upload.Key, CancellationToken.None);
            if (upload.ThumbnailKey is { } thumbnailKey)
            {
                await files.DeleteAsync(thumbnailKey, CancellationToken.None);
            }
            throw;
        }
    }

    /// <summary>The upload's bytes, or null when there are more than <paramref name="limit"/> (reading stops there).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string DisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/').Trim());
        name = string.IsNullOrWhiteSpace(name) ? "?" : name;
        return name.Length > FileNameMaxLength ? name[..FileNameMaxLength] : name;
    }
}
