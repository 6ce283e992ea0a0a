using NodaTime;

namespace SalesSuite.Health.Application.Archive;

/// <summary>What the archive holds (per event type: how many, oldest and newest) and how the last rebuild went.</summary>
internal sealed record ArchiveStats(int Events, Instant? Oldest, Instant? Newest, IReadOnlyList<ArchiveTypeCount> ByType, LastRebuild? Last);

/// <summary>One event type in the archive (<see cref="Name"/>: the record's short name, e.g. DealStageChanged).</summary>
internal sealed record ArchiveTypeCount(string Name, int Events, Instant Oldest, Instant Newest);

/// <summary>The latest rebuild: running, failed or done with its numbers; who started it (null: the command line).</summary>
internal sealed record LastRebuild(Instant StartedAt, Instant? FinishedAt, bool Running, bool Failed, long Events, long Unreadable,
    double Seconds, string? ByName);
