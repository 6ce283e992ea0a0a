namespace SalesSuite.Stores.Application.Master;

/// <summary>The store form as posted (create and edit); <see cref="Version"/> is the version the form showed.</summary>
public sealed class StoreInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Region { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public int RadiusMeters { get; set; } = Domain.Store.DefaultRadiusMeters;
    public int MinDwellMinutes { get; set; } = Domain.Store.DefaultMinDwellMinutes;
    public Guid? SupervisorUserId { get; set; }
    public List<Guid> ManagerUserIds { get; set; } = [];
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}
