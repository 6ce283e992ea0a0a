using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application;

/// <summary>The Leads module's role rules on top of the kernel's <see cref="RecordAccess"/> (visibility is the kernel's).</summary>
internal static class LeadsPermissions
{
    public static bool CanConfigure(this RecordAccess access) => access.IsInAnyRole(LeadsModule.ConfigRoles);

    public static bool CanClaim(this RecordAccess access) => CanClaim(access.IsInRole);

    /// <summary>The same rule from the signed-in user alone (the claim handler needs no directory for it).</summary>
    public static bool CanClaim(this ICurrentUser user) => CanClaim(user.IsInRole);

    /// <summary>A salesperson or a manager (<see cref="RecordAccess.IsManager"/>: the all-seeing roles and regional managers).</summary>
    private static bool CanClaim(Func<string, bool> isInRole) =>
        isInRole(Roles.Salesperson) || isInRole(Roles.RegionalManager) || Visibility.AllSeeingRoles.Any(isInRole);
}
