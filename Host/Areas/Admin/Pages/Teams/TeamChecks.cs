using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Data;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

/// <summary>Team names are unique; a leader is an existing person.</summary>
internal sealed class TeamChecks(HostDbContext db, IStringLocalizer<HostText> l)
{
    public async Task CheckAsync(Guid? teamId, TeamInput input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var name = input.Name.Trim();
        if (name.Length > 0 && await db.Teams.AnyAsync(t => t.Name == name && t.Id != teamId, cancellationToken))
        {
            modelState.AddModelError("Input.Name", l["Admin_Team_NameTaken", name]);
        }
        if (input.LeaderId is { } leader && !await db.Users.AnyAsync(u => u.Id == leader, cancellationToken))
        {
            modelState.AddModelError("Input.LeaderId", l["Admin_User_UnknownManager"]);
        }
    }
}
