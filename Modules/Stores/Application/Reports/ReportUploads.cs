namespace SalesSuite.Stores.Application.Reports;

/// <summary>The files of one report submit, by what they are for.</summary>
internal sealed record ReportUploads(
    IReadOnlyList<ReportUpload> ShelfPhotos,
    IReadOnlyList<ReportUpload> Screenshots,
    IReadOnlyList<ReportUpload> Recordings,
    IReadOnlyDictionary<Guid, ReportUpload> PromotionPhotos)
{
    public static readonly ReportUploads None = new([], [], [], new Dictionary<Guid, ReportUpload>());
}
