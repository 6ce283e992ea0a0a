using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health.Domain;

/// <summary>
/// The step samples of one week, step, owner and team, summed: what the heatmap, the breakpoints and the suggestions
/// aggregate instead of the samples themselves (ADR 0015). Kept in the same SaveChanges as every sample it counts
/// (<c>Data/StepTotalChanges</c>); samples are only ever added (or all emptied by a rebuild, which replays them).
/// No team is <see cref="Guid.Empty"/> here (a key column). Version: two hosts adding to one row at once on SQL Server
/// cannot both win; the loser's event is retried.
/// </summary>
internal sealed class StepTotal : IVersioned
{
    private StepTotal() { }

    public StepTotal(LocalDate week, StepKind kind, string step, Guid ownerId, Guid teamId)
    {
        Week = week;
        Kind = kind;
        Step = step;
        OwnerId = ownerId;
        TeamId = teamId;
    }

    public LocalDate Week { get; private set; }
    public StepKind Kind { get; private set; }
    public string Step { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public Guid TeamId { get; private set; }
    public int Count { get; private set; }
    public int Skipped { get; private set; }
    public int Breached { get; private set; }
    public double DelayHours { get; private set; }
    public int Version { get; set; }

    /// <summary>The key of the row a sample counts in.</summary>
    public static (LocalDate Week, StepKind Kind, string Step, Guid OwnerId, Guid TeamId) KeyOf(StepSample s) =>
        (s.Week, s.Kind, s.Step, s.OwnerId, s.TeamId ?? Guid.Empty);

    public void Add(StepSample sample)
    {
        Count++;
        Skipped += sample.Skipped ? 1 : 0;
        Breached += sample.Breached ? 1 : 0;
        DelayHours += sample.DelayHours;
    }
}
