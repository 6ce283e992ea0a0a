using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Payments.Import;

/// <summary>A confirmed import that saved nothing: the reason and the statement as it stands now (to show again).</summary>
internal sealed class ImportRefused(string key, ImportPreview preview) : DomainException(key)
{
    public ImportPreview Preview { get; } = preview;
}
