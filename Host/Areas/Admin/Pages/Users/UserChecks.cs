using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;
using RoleNames = SalesSuite.SharedKernel.Identity.Roles;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

/// <summary>The organisation rules of a user form, checked before anything is saved; each error names its field.</summary>
internal sealed class UserChecks(HostDbContext db, ICurrentUser currentUser, IStringLocalizer<HostText> l)
{
    public async Task CheckAsync(Guid? userId, UserInput input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        foreach (var role in input.Roles.Where(r => !RoleNames.All.Contains(r)))
        {
            modelState.AddModelError("Input.Roles", l["Admin_User_UnknownRole", role]);
        }
        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            modelState.AddModelError("Input.TeamId", l["Admin_User_UnknownTeam"]);
        }
        if (userId is { } self && self == currentUser.UserId && !input.Roles.Contains(RoleNames.Admin))
        {
            modelState.AddModelError("Input.Roles", l["Admin_User_KeepOwnAdmin"]);
        }
        await CheckManagerAsync(userId, input.ManagerId, modelState, cancellationToken);
    }

    private async Task CheckManagerAsync(Guid? userId, Guid? managerId, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (managerId is not { } manager)
        {
            return;
        }
        var people = await db.Users.AsNoTracking().Select(u => new { u.Id, u.ManagerId, u.DisplayName }).ToListAsync(cancellationToken);
        var chosen = people.FirstOrDefault(p => p.Id == manager);
        if (chosen is null)
        {
            modelState.AddModelError("Input.ManagerId", l["Admin_User_UnknownManager"]);
        }
        else if (userId is { } self && self == manager)
        {
            modelState.AddModelError("Input.ManagerId", l["Admin_User_OwnManager"]);
        }
        else if (userId is { } id && ReportingLine.WouldCycle(id, manager, people.ToDictionary(p => p.Id, p => p.ManagerId)))
        {
            modelState.AddModelError("Input.ManagerId", l["Admin_User_ManagerCycle", chosen.DisplayName]);
        }
    }
}
