using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;
using RoleNames = SalesSuite.SharedKernel.Identity.Roles;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

/// <summary>
/// Stages a user's role rows and their history line on the context, so the caller's single SaveChanges
/// (UserManager.Create/Update) stores the user, the roles and the log together. Role rows are not
/// auditable entities themselves, hence the explicit log entry.
/// </summary>
internal sealed class RoleAssignment(HostDbContext db, ICurrentUser currentUser, IOperationContext operation, IClock clock)
{
    public async Task StageAsync(AppUser user, IReadOnlyCollection<string> wanted, bool isNew, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var current = isNew ? [] : await db.UserRoles.Where(ur => ur.UserId == user.Id).ToListAsync(cancellationToken);
        var currentNames = current.Select(ur => roles.First(r => r.Value == ur.RoleId).Key).ToHashSet();
        var wantedNames = wanted.Where(roles.ContainsKey).ToHashSet();
        if (currentNames.SetEquals(wantedNames))
        {
            return;
        }
        db.UserRoles.RemoveRange(current.Where(ur => !wantedNames.Contains(roles.First(r => r.Value == ur.RoleId).Key)));
        db.UserRoles.AddRange(wantedNames.Except(currentNames).Select(name => new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[name] }));
        var change = new FieldChange("Roles", isNew ? null : Describe(currentNames), Describe(wantedNames));
        db.OperationLog.Add(new OperationLogEntry(Guid.NewGuid(), currentUser.UserId, operation.Operation ?? "User.Roles",
            nameof(AppUser), user.AuditId, clock.GetCurrentInstant(), JsonSerializer.Serialize(new[] { change })));
    }

    private static string Describe(IEnumerable<string> names) =>
        string.Join(", ", names.OrderBy(n => RoleNames.All.ToList().IndexOf(n)));
}
