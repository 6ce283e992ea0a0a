using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// Finance's cost-breakdown evidence for a quote (an uploaded file kept in the kernel's file store). An urgent quote's
/// costs cannot be locked without one (<see cref="CostEvidenceRule"/>). The type comes from the file's first bytes.
/// </summary>
internal sealed class CostEvidence : IAuditable
{
    private CostEvidence() { FileName = ContentType = StorageKey = Sha256 = string.Empty; }

    public CostEvidence(Guid id, Guid quoteId, string fileName, EvidenceFileType type, long bytes, string sha256, Guid uploadedBy, Instant now)
    {
        Id = id;
        QuoteId = quoteId;
        FileName = fileName;
        ContentType = type.ContentType;
        StorageKey = $"quotes/evidence/{quoteId:N}/{id:N}.{type.Extension}";
        Bytes = bytes;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid QuoteId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public string StorageKey { get; private set; }
    public long Bytes { get; private set; }
    public string Sha256 { get; private set; }
    public Guid UploadedBy { get; private set; }
    public Instant UploadedAt { get; private set; }
    public string AuditId => QuoteId.ToString();
}
