using System.Security.Cryptography;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Application.Evidence;

/// <summary>
/// Finance attaches cost-breakdown evidence to a quote in approval (operation <c>Quote.AttachCostEvidence</c>). The file
/// is checked by its first bytes (PDF, PNG, JPEG, .xlsx), at most 10 MB, and written to the kernel's file store; a
/// refused upload stores nothing, and bytes whose row failed to save are removed again.
/// </summary>
internal sealed class EvidenceCommands(
    QuotesDbContext db, RecordAccess access, IFileStore files, UnitOfWork<QuotesDbContext> work, BusinessClock clock)
{
    public const int FileNameMaxLength = 100;

    public async Task<Guid> UploadAsync(Guid quoteId, string? fileName, Stream content, CancellationToken ct)
    {
        var quote = await db.LoadAsync(quoteId, ct);
        if (quote is null || !await access.CanSeeAsync(quote, ct))
        {
            throw new KeyNotFoundException();
        }
        if (!access.IsInRole(SalesSuite.SharedKernel.Identity.Roles.Finance))
        {
            throw new UnauthorizedAccessException();
        }
        DomainException.ThrowIf(quote.Status != QuoteStatus.InApproval, "Appr_Error_EvidenceStatus");
        var name = DisplayName(fileName);
        var bytes = await ReadLimitedAsync(content, EvidenceFileType.MaxBytes, ct);
        DomainException.ThrowIf(bytes is null, "Appr_Error_EvidenceTooLarge", name, EvidenceFileType.MaxBytes / 1024 / 1024);
        DomainException.ThrowIf(bytes!.Length == 0, "Appr_Error_EvidenceEmpty", name);
        var type = EvidenceFileType.Sniff(bytes, name) ?? throw new DomainException("Appr_Error_EvidenceType", name);

        var evidence = new CostEvidence(Guid.NewGuid(), quote.Id, name, type, bytes.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(bytes)), access.UserId, clock.Now);
        await files.SaveAsync(evidence.StorageKey, new MemoryStream(bytes, writable: false), ct);
        try
        {
            db.CostEvidence.Add(evidence);
            await work.CommitAsync("Quote.AttachCostEvidence", ct);
        }
        catch
        {
            await files.DeleteAsync(evidence.StorageKey, CancellationToken.None);
            throw;
        }
        return evidence.Id;
    }

    private static string DisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/').Trim());
        name = string.IsNullOrWhiteSpace(name) ? "evidence" : name;
        return name.Length > FileNameMaxLength ? name[^FileNameMaxLength..] : name;
    }

    /// <summary>The upload's bytes, or null when there are more than <paramref name="limit"/> (reading stops there).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, int limit, CancellationToken ct)
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
}
