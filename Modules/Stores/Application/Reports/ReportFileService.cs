using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Application.Media;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>
/// Writes a report's uploads through the media service, all or nothing: when one is refused (or fails), the ones already
/// written are deleted and the refusal is placed next to the upload's field.
/// </summary>
internal sealed class ReportFileService(MediaService media)
{
    public async Task<IReadOnlyList<(PlannedUpload Planned, StoreFile File)>> WriteAsync(
        Guid storeId, NodaTime.LocalDate day, Guid userId, IReadOnlyList<PlannedUpload> uploads, CancellationToken ct)
    {
        var written = new List<(PlannedUpload, StoreFile)>();
        var current = uploads.FirstOrDefault();
        try
        {
            foreach (var planned in uploads)
            {
                current = planned;
                var u = planned.Upload;
                await using var content = u.Open();
                written.Add((planned, await media.AcceptAsync(storeId, day, planned.Kind, u.FileName, u.ContentType, content, userId, ct)));
            }
            return written;
        }
        catch (DomainException refusal)
        {
            await DeleteAsync(written.Select(w => w.Item2));
            throw refusal is ReportRefusedException ? refusal : ReportRefusedException.One(current?.Upload.Field ?? string.Empty, refusal);
        }
        catch
        {
            await DeleteAsync(written.Select(w => w.Item2));
            throw;
        }
    }

    /// <summary>Removes written files (also after the request was cancelled: nothing may stay behind).</summary>
    public async Task DeleteAsync(IEnumerable<StoreFile> files)
    {
        foreach (var file in files)
        {
            await media.DeleteAsync(file, CancellationToken.None);
        }
    }
}
