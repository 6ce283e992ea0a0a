using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Application;

/// <summary>
/// Who sees what: a salesperson their own quotes, a regional manager the team's, director/GM/admin all,
/// approvers the quotes whose chain has a step for their role.
/// </summary>
internal sealed class QuoteAccess(ICurrentUser user, IOrganisation organisation)
{
    private Visibility? _visibility;

    public Guid UserId => user.UserId ?? throw new UnauthorizedAccessException();

    public bool IsInRole(string role) => user.IsInRole(role);

    public bool IsApprover => ApproverRoles.Any(user.IsInRole);

    public bool CanManageCatalogue => user.IsInRole(Roles.Finance) || user.IsInRole(Roles.Admin);

    public bool CanConfigureChain => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.SalesDirector);

    public static readonly string[] ApproverRoles = [Roles.Tech, Roles.Finance, Roles.Legal, Roles.SalesDirector, Roles.GeneralManager];

    public async Task<Visibility> VisibilityAsync(CancellationToken ct) =>
        _visibility ??= await Visibility.ForAsync(user, organisation, ct);

    public async Task<bool> CanSeeAsync(Quote quote, CancellationToken ct) =>
        (await VisibilityAsync(ct)).CanSee(quote.OwnerId) || quote.Steps.Any(s => user.IsInRole(s.Role));

    public bool IsOwner(Quote quote) => user.UserId == quote.OwnerId;

    public bool CanDecide(Quote quote) => quote.ActiveStep is { } step && user.IsInRole(step.Role) && !IsOwner(quote);
}
