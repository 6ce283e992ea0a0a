namespace SalesSuite.Stores.Application.Media;

/// <summary>What one clean-up removed: unattached file rows (with their bytes) and stored files without a row.</summary>
internal sealed record MediaSweep(int UnattachedRows, int OrphanFiles);
