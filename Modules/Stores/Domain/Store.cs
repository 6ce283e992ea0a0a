using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Stores.Domain;

/// <summary>
/// A shop of the chain: where it is (the fence's centre), how close and how long a manager must be there before the daily
/// report is accepted, who runs it (store managers) and who oversees it (the area supervisor, a regional manager).
/// </summary>
internal sealed class Store : IAuditable, IVersioned
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;
    public const int AddressMaxLength = 200;
    public const int RegionMaxLength = 50;
    public const int DefaultRadiusMeters = 500;
    public const int DefaultMinDwellMinutes = 8;
    public const int MinRadiusMeters = 50;
    public const int MaxRadiusMeters = 5000;
    public const int MaxDwellMinutes = 240;

    private readonly List<StoreManagerLink> managers = [];

    public Store(Guid id, string code, string name, string address, string region, double latitude, double longitude)
    {
        Id = id;
        Code = Required(code, CodeMaxLength, "Store_Error_Code");
        Rename(name, address, region);
        MoveTo(latitude, longitude);
        RadiusMeters = DefaultRadiusMeters;
        MinDwellMinutes = DefaultMinDwellMinutes;
        Active = true;
    }

    private Store()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string Address { get; private set; } = string.Empty;
    public string Region { get; private set; } = string.Empty;
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    /// <summary>The geofence radius around (Latitude, Longitude).</summary>
    public int RadiusMeters { get; private set; }
    /// <summary>Minutes that must pass after a check-in inside the fence before the daily report is accepted.</summary>
    public int MinDwellMinutes { get; private set; }
    /// <summary>The area supervisor (a regional manager) who grants exceptions and receives the store's flags.</summary>
    public Guid? SupervisorUserId { get; private set; }
    public bool Active { get; private set; }
    /// <summary>The business day the store joined the chain's reporting (null: before any period shown); compliance counts from it.</summary>
    public LocalDate? OpenedOn { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<StoreManagerLink> Managers => managers;

    public string AuditId => Code;

    public bool IsManagedBy(Guid userId) => managers.Any(m => m.UserId == userId);

    public void Rename(string name, string address, string region)
    {
        Name = Required(name, NameMaxLength, "Store_Error_Name");
        DomainException.ThrowIf(address?.Trim().Length > AddressMaxLength, "Store_Error_Address", AddressMaxLength);
        Address = address?.Trim() ?? string.Empty;
        Region = Required(region, RegionMaxLength, "Store_Error_Region");
    }

    public void MoveTo(double latitude, double longitude)
    {
        DomainException.ThrowIf(latitude is < -90 or > 90 || double.IsNaN(latitude), "Store_Error_Latitude");
        DomainException.ThrowIf(longitude is < -180 or > 180 || double.IsNaN(longitude), "Store_Error_Longitude");
        Latitude = Math.Round(latitude, 6);
        Longitude = Math.Round(longitude, 6);
    }

    public void SetFence(int radiusMeters, int minDwellMinutes)
    {
        DomainException.ThrowIf(radiusMeters is < MinRadiusMeters or > MaxRadiusMeters, "Store_Error_Radius", MinRadiusMeters, MaxRadiusMeters);
        DomainException.ThrowIf(minDwellMinutes is < 0 or > MaxDwellMinutes, "Store_Error_Dwell", MaxDwellMinutes);
        RadiusMeters = radiusMeters;
        MinDwellMinutes = minDwellMinutes;
    }

    public void AssignPeople(Guid? supervisorUserId, IEnumerable<Guid> managerUserIds)
    {
        SupervisorUserId = supervisorUserId;
        managers.Clear();
        managers.AddRange(managerUserIds.Distinct().Select(u => new StoreManagerLink(u)));
    }

    public void SetActive(bool active) => Active = active;

    /// <summary>Records the day the store started reporting (set when it is created or imported).</summary>
    public void OpenOn(LocalDate day) => OpenedOn = day;

    private static string Required(string? value, int max, string key)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(value), key + "Required");
        DomainException.ThrowIf(value!.Trim().Length > max, key + "TooLong", max);
        return value.Trim();
    }
}

/// <summary>One store manager of a store (a store can have several; a manager can run several stores).</summary>
internal sealed record StoreManagerLink(Guid UserId);
