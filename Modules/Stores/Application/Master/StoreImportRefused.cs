using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Stores.Application.Master;

/// <summary>A confirmed import that saved nothing: the reason and the file's lines as they stand now (to show again).</summary>
internal sealed class StoreImportRefused(string key, StoreImportPreview preview) : DomainException(key)
{
    public StoreImportPreview Preview { get; } = preview;
}
