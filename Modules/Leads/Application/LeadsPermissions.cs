using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application;

/// <summary>The Leads module's role rules on top of the kernel's <see cref="RecordAccess"/> (visibility is the kernel's).</summary>
internal static class LeadsPermissions
{
    public static bool CanConfigure(this RecordAccess access) => access.IsInAnyRole(LeadsModule.ConfigRoles);

    public static bool CanClaim(this RecordAccess access) => access.IsInRole(Roles.Salesperson) || access.IsManager;
}
