namespace SalesSuite.Health.Application.Archive;

/// <summary>How a rebuild went: events replayed, events the running version could not read, and how long it took.</summary>
internal sealed record RebuildResult(long Events, long Unreadable, TimeSpan Elapsed);
