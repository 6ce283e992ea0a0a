using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.SharedKernel.Application;

/// <summary>
/// Per request: who is asking and whose records they may see (own / team / all), computed once. Every module uses
/// this one service; module-specific role rules stay in the module (e.g. who may configure its pipeline).
/// </summary>
public sealed class RecordAccess(ICurrentUser user, IOrganisation organisation)
{
    private Visibility? _visibility;
    private IReadOnlyDictionary<Guid, string>? _names;

    public Guid UserId => user.UserId ?? throw new UnauthorizedAccessException();

    public bool IsSignedIn => user.UserId is not null;

    public bool IsInRole(string role) => user.IsInRole(role);

    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(user.IsInRole);

    /// <summary>Sees every record: admin, sales director, general manager.</summary>
    public bool SeesAll => IsInAnyRole(Visibility.AllSeeingRoles);

    public bool IsManager => SeesAll || user.IsInRole(Roles.RegionalManager);

    public async Task<Visibility> VisibilityAsync(CancellationToken cancellationToken) =>
        _visibility ??= await Visibility.ForAsync(user, organisation, cancellationToken);

    /// <summary>
    /// The visibility for a module that lets more roles see every record (e.g. Finance sees every receivable):
    /// all when the user is in one of <paramref name="alsoSeeAll"/>, otherwise the platform's own / team / all.
    /// </summary>
    public async Task<Visibility> VisibilityAsync(IEnumerable<string> alsoSeeAll, CancellationToken cancellationToken)
    {
        var visibility = await VisibilityAsync(cancellationToken);
        return !visibility.All && IsInAnyRole(alsoSeeAll) ? visibility with { All = true } : visibility;
    }

    public async Task<bool> CanSeeAsync(Guid? ownerId, CancellationToken cancellationToken) =>
        ownerId is { } id && (await VisibilityAsync(cancellationToken)).CanSee(id);

    /// <summary>Display names of the active users (for owner columns), loaded once per request.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken) =>
        _names ??= (await organisation.ActiveUsersAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.DisplayName);

    /// <summary>Active salespeople this user may hand work to or assign leads to (all, or the team for managers).</summary>
    public async Task<IReadOnlyList<OrgUser>> AssignableAsync(CancellationToken cancellationToken)
    {
        var visibility = await VisibilityAsync(cancellationToken);
        var people = await organisation.UsersInRoleAsync(Roles.Salesperson, cancellationToken);
        return people.Where(p => p.IsActive && visibility.CanSee(p.Id)).OrderBy(p => p.UserName).ToList();
    }
}
