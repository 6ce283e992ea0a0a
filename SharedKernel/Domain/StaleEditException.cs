namespace SalesSuite.SharedKernel.Domain;

/// <summary>
/// What the person saw is no longer what is stored (optimistic-concurrency conflict or a stale version / round /
/// step in the form): nothing was changed; they review and try again.
/// </summary>
public sealed class StaleEditException() : DomainException(ResourceKey)
{
    public const string ResourceKey = "Common_StaleEdit";

    public override int StatusCode => 409;

    /// <summary>Refuses when the version the form carried is not the stored one.</summary>
    public static void ThrowIfChanged(long seen, long stored)
    {
        if (seen != stored)
        {
            throw new StaleEditException();
        }
    }
}
