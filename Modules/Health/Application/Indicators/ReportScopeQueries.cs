using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>The reader's report scope, computed once per request (a person outside it is not found: 404).</summary>
internal sealed class ReportScopeQueries(HealthAccess access, IOrganisation organisation)
{
    private ReportScope? _scope;

    public async Task<ReportScope> ScopeAsync(CancellationToken ct)
    {
        if (_scope is not null)
        {
            return _scope;
        }
        var visibility = await access.VisibilityAsync(ct);
        var users = (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.Id);
        var salespeople = (await organisation.UsersInRoleAsync(Roles.Salesperson, ct))
            .Where(p => p.IsActive && visibility.CanSee(p.Id)).OrderBy(p => p.UserName).ToList();
        return _scope = new ReportScope(visibility, users, salespeople);
    }

    public async Task<ReportScope> PersonAsync(Guid userId, CancellationToken ct)
    {
        var scope = await ScopeAsync(ct);
        if (!scope.Visibility.CanSee(userId))
        {
            throw new KeyNotFoundException();
        }
        return scope.Only(userId);
    }
}
