using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Application;

/// <summary>Display names and contacts of users, loaded once per request.</summary>
internal sealed class People(IOrganisation organisation)
{
    private Dictionary<Guid, OrgUser>? _users;

    public async Task<People> LoadAsync(CancellationToken ct)
    {
        _users ??= (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.Id);
        return this;
    }

    public string Name(Guid? id) => id is { } x && _users is not null && _users.TryGetValue(x, out var u) ? u.DisplayName : "—";

    public OrgUser? Find(Guid id) => _users is not null && _users.TryGetValue(id, out var u) ? u : null;
}
