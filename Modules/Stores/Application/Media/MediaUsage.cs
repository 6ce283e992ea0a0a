using NodaTime;

namespace SalesSuite.Stores.Application.Media;

/// <summary>Disk use of report files per store and month, and the average per report (the number the note reports).</summary>
internal sealed record MediaUsage(LocalDate From, LocalDate To, IReadOnlyList<MediaUsageLine> Lines)
{
    public int Files => Lines.Sum(l => l.Files);
    public long Bytes => Lines.Sum(l => l.Bytes);
    public int Reports => Lines.Sum(l => l.Reports);
    public long? BytesPerReport => Reports > 0 ? Bytes / Reports : null;
}

internal sealed record MediaUsageLine(Guid StoreId, string StoreCode, string StoreName, YearMonth Month, int Files, long Bytes, int Reports)
{
    public long? BytesPerReport => Reports > 0 ? Bytes / Reports : null;
}
