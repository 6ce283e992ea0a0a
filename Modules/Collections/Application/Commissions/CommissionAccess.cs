using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>
/// Who does what with commissions. Statements are seen like every Collections record (own / team / all; Finance and the
/// GM all). The sales director, Finance and Admin edit the rules; Finance (and Admin) generate statements; a statement is
/// approved by the salesperson's manager (or the sales director or Admin), never by the salesperson.
/// </summary>
internal sealed class CommissionAccess(CollectionsAccess access, IOrganisation organisation)
{
    public static readonly IReadOnlyList<string> RuleEditorRoles = [Roles.SalesDirector, Roles.Finance, Roles.Admin];
    public static readonly IReadOnlyList<string> ApproveAnyRoles = [Roles.SalesDirector, Roles.Admin];

    public bool CanEditRules => access.Records.IsInAnyRole(RuleEditorRoles);

    public bool CanGenerate => access.IsFinance;

    /// <summary>Throws 403 unless the reader may edit the rules.</summary>
    public void EnsureRuleEditor()
    {
        if (!CanEditRules)
        {
            throw new UnauthorizedAccessException();
        }
    }

    public async Task<bool> CanApproveAsync(Guid salespersonId, CancellationToken ct)
    {
        if (salespersonId == access.UserId)
        {
            return false;
        }
        return access.Records.IsInAnyRole(ApproveAnyRoles)
            || (await organisation.ManagerOfAsync(salespersonId, ct))?.Id == access.UserId;
    }
}
