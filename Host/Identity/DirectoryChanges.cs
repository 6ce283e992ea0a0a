using Microsoft.AspNetCore.Identity;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Identity;

/// <summary>
/// The platform's change stamp of the directory: every save that adds, changes or deletes a user, a team, a role or a
/// role membership gives it a new value in the same transaction. <see cref="Organisation"/> caches the directory under
/// it, so a page reads one stamp row instead of every user, and a change made on any host shows at once on all of them.
/// </summary>
internal static class DirectoryChanges
{
    public const string Directory = "Directory";

    /// <summary>The fixed row (inserted by the migration), with a fixed starting value.</summary>
    public static readonly ChangeStamp[] Initial = [new(Directory, new Guid("3f6d2a9e-8b1c-4e07-9a5d-c2e41b7f0a63"))];

    public static void Stamp(Data.HostDbContext db) =>
        ChangeStamps.StampIfChanged(db, Directory, e => e is AppUser or AppRole or Team or IdentityUserRole<Guid>);
}
