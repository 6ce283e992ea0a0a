using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Seeding;

/// <summary>
/// The product's roles exist in every environment (they are not demo data). Every start checks them with one query,
/// which also tells whether anyone holds the administrator role; only a missing role is created (by the role manager).
/// </summary>
internal static class PlatformRoles
{
    /// <summary>Creates the missing roles; true when at least one person is an administrator.</summary>
    public static async Task<bool> EnsureAsync(HostDbContext db, RoleManager<AppRole> roles)
    {
        var existing = await db.Roles.AsNoTracking()
            .Select(r => new { r.NormalizedName, Held = db.UserRoles.Any(ur => ur.RoleId == r.Id) })
            .ToListAsync();
        foreach (var role in Roles.All)
        {
            if (!existing.Exists(r => r.NormalizedName == roles.NormalizeKey(role)))
            {
                await roles.CreateAsync(new AppRole(role));
            }
        }
        return existing.Exists(r => r.NormalizedName == roles.NormalizeKey(Roles.Admin) && r.Held);
    }
}
