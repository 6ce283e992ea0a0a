using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application;

/// <summary>
/// A person's team (the organisation's team id), looked up once per scope: the projector stamps it on every read-model
/// row so that team columns need no join.
/// </summary>
internal sealed class TeamResolver(IOrganisation organisation)
{
    private readonly Dictionary<Guid, Guid?> _teams = [];

    public async Task<Guid?> TeamOfAsync(Guid? userId, CancellationToken ct)
    {
        if (userId is not { } id)
        {
            return null;
        }
        if (!_teams.TryGetValue(id, out var team))
        {
            team = (await organisation.FindUserAsync(id, ct))?.TeamId;
            _teams[id] = team;
        }
        return team;
    }
}
