using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Application;

/// <summary>
/// The Quotes module's role rules on top of the kernel's <see cref="RecordAccess"/> (visibility is the kernel's):
/// approvers also see the quotes whose chain has a step for their role.
/// </summary>
internal static class QuotePermissions
{
    public static readonly string[] ApproverRoles = [Roles.Tech, Roles.Finance, Roles.Legal, Roles.SalesDirector, Roles.GeneralManager];

    public static bool IsApprover(this RecordAccess access) => access.IsInAnyRole(ApproverRoles);

    public static bool CanManageCatalogue(this RecordAccess access) => access.IsInAnyRole([Roles.Finance, Roles.Admin]);

    public static bool CanConfigureChain(this RecordAccess access) => access.IsInAnyRole([Roles.Admin, Roles.SalesDirector]);

    /// <summary>The director and Finance (and the admin) set the three instalment plans.</summary>
    public static bool CanConfigurePlans(this RecordAccess access) => access.IsInAnyRole([Roles.Admin, Roles.SalesDirector, Roles.Finance]);

    /// <summary>The user's roles, for the database filter "a step of the chain is for one of my roles".</summary>
    public static IReadOnlyList<string> RolesOf(this RecordAccess access) => Roles.All.Where(access.IsInRole).ToList();

    public static bool IsOwner(this RecordAccess access, Quote quote) => access.IsSignedIn && access.UserId == quote.OwnerId;

    public static bool CanDecide(this RecordAccess access, Quote quote) =>
        quote.ActiveStep is { } step && access.IsInRole(step.Role) && !access.IsOwner(quote);

    public static async Task<bool> CanSeeAsync(this RecordAccess access, Quote quote, CancellationToken ct) =>
        await access.CanSeeAsync(quote.OwnerId, ct) || quote.Steps.Any(s => access.IsInRole(s.Role));

    /// <summary>
    /// Reading a quote: <see cref="CanSeeAsync"/>, or an SLA escalation made the user (or one of their roles) its assignee,
    /// so the superior the escalation notified can open the quote it links to even outside their own / team visibility.
    /// </summary>
    public static async Task<bool> CanReadAsync(this RecordAccess access, Quote quote, QuotesDbContext db, CancellationToken ct)
    {
        if (await access.CanSeeAsync(quote, ct))
        {
            return true;
        }
        if (!access.IsSignedIn)
        {
            return false;
        }
        var me = access.UserId;
        var roles = access.RolesOf();
        return await db.Escalations.AnyAsync(
            e => e.QuoteId == quote.Id && (e.AssigneeUserId == me || (e.AssigneeRole != null && roles.Contains(e.AssigneeRole))), ct);
    }
}
