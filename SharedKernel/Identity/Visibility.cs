namespace SalesSuite.SharedKernel.Identity;

/// <summary>What a user may see: own records, a team's, or all. Computed once per request.</summary>
public sealed record Visibility(Guid UserId, bool All, IReadOnlySet<Guid> Owners)
{
    /// <summary>Roles that see every record.</summary>
    public static readonly IReadOnlyList<string> AllSeeingRoles = [Roles.Admin, Roles.SalesDirector, Roles.GeneralManager];

    public bool CanSee(Guid ownerId) => All || Owners.Contains(ownerId);

    public static async Task<Visibility> ForAsync(
        ICurrentUser user, IOrganisation organisation, CancellationToken cancellationToken = default)
    {
        var id = user.UserId ?? throw new InvalidOperationException("Visibility needs a signed-in user.");
        if (AllSeeingRoles.Any(user.IsInRole))
        {
            return new Visibility(id, true, new HashSet<Guid> { id });
        }
        var owners = new HashSet<Guid> { id };
        if (user.IsInRole(Roles.RegionalManager))
        {
            owners.UnionWith(await organisation.SubordinatesOfAsync(id, cancellationToken));
        }
        return new Visibility(id, false, owners);
    }
}
