using NodaTime;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application;

/// <summary>
/// A posted receipt file as the page received it; <see cref="ReadAsync"/> refuses an oversized file before reading it all,
/// and the <see cref="Receipt"/> checks its type from its first bytes (JPEG, PNG or PDF).
/// </summary>
internal sealed record ReceiptUpload(string FileName, long Length, Stream Content)
{
    public async Task<Receipt> ReadAsync(Guid uploadedBy, Instant now, CancellationToken ct)
    {
        DomainException.ThrowIf(Length > Receipt.MaxBytes, "Receipt_Error_TooLarge", Receipt.MaxBytes / 1024 / 1024);
        using var buffer = new MemoryStream();
        await Content.CopyToAsync(buffer, ct);
        return new Receipt(Guid.NewGuid(), FileName, buffer.ToArray(), uploadedBy, now);
    }
}
