using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>Who may mark a roll-out line right or wrong: headquarters configuration roles, and the store's own area supervisor.</summary>
internal static class RolloutVerification
{
    public static async Task EnsureMayVerifyAsync(StoresAccess access, Store store, CancellationToken ct)
    {
        if (access.CanConfigure)
        {
            return;
        }
        if (!access.IsSupervisor)
        {
            throw new UnauthorizedAccessException();
        }
        await access.EnsureSupervisesAsync(store, ct);
    }
}
