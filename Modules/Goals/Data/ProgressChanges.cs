using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Data;

/// <summary>
/// The module's change stamp of progress: every save that adds, changes or deletes what the progress heatmaps count
/// (an evidence match, an action contract, an action type and its standard) gives it a new value in the same
/// transaction; the re-matching that deletes matches with ExecuteDelete touches it itself. The heatmap's counts are
/// cached under it (<see cref="Application.Progress.ProgressQueries"/>) and open pages poll it.
/// </summary>
internal static class ProgressChanges
{
    public const string Progress = "Progress";

    /// <summary>The fixed row (inserted by the migration), with a fixed starting value.</summary>
    public static readonly ChangeStamp[] Initial = [new(Progress, new Guid("9b2e4f1a-6c3d-4e8b-a1f0-5d7c2e9b1d21"))];

    public static void Stamp(GoalsDbContext db) =>
        ChangeStamps.StampIfChanged(db, Progress, e => e is EvidenceMatch or ActionContract or KeyActionType);

    public static void Touch(GoalsDbContext db) => ChangeStamps.Touch(db, Progress);
}
