using NodaTime;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>A posted receipt file as the page received it; read only after its size is checked.</summary>
internal sealed record ReceiptUpload(string FileName, long Length, Stream Content)
{
    /// <summary>The receipt (type sniffed from its first bytes by <see cref="Receipt"/>); too large is refused before reading.</summary>
    public async Task<Receipt> ReadAsync(Guid uploadedBy, Instant now, CancellationToken ct)
    {
        DomainException.ThrowIf(Length > Receipt.MaxBytes, "Receipt_Error_TooLarge", Receipt.MaxBytes / 1024 / 1024);
        using var buffer = new MemoryStream();
        await Content.CopyToAsync(buffer, ct);
        return new Receipt(Guid.NewGuid(), FileName, buffer.ToArray(), uploadedBy, now);
    }
}
