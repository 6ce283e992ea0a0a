namespace SalesSuite.Stores.Application.Master;

/// <summary>A store's master data as typed in the form or read from an import line, checked and ready to apply.</summary>
internal sealed record StoreDraft(
    string Code, string Name, string? Address, string Region, double Latitude, double Longitude, int RadiusMeters, int MinDwellMinutes,
    Guid? SupervisorUserId, IReadOnlyList<Guid> ManagerUserIds, bool Active)
{
    public static StoreDraft From(StoreInput input) => new(
        input.Code?.Trim() ?? string.Empty, input.Name ?? string.Empty, input.Address, input.Region ?? string.Empty,
        input.Latitude ?? double.NaN, input.Longitude ?? double.NaN, input.RadiusMeters, input.MinDwellMinutes,
        input.SupervisorUserId, [.. input.ManagerUserIds.Where(m => m != Guid.Empty).Distinct()], input.Active);
}
