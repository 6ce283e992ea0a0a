using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reasons;

/// <summary>Roles a playbook step can name: the people who can open Collections and act on an overdue item.</summary>
internal static class PlaybookRoles
{
    public static readonly IReadOnlyList<string> All =
        [Roles.Salesperson, Roles.RegionalManager, Roles.Finance, Roles.Legal, Roles.SalesDirector, Roles.GeneralManager];
}
