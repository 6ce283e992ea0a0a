using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Stores.Domain;

/// <summary>A new SKU being rolled out: from <see cref="LaunchOn"/> every store reports its status until it is on shelf.</summary>
internal sealed class NewProduct : IAuditable, IVersioned
{
    public const int SkuMaxLength = 30;
    public const int NameMaxLength = 100;

    public NewProduct(Guid id, string sku, string name, LocalDate launchOn)
    {
        Id = id;
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(sku) || sku.Trim().Length > SkuMaxLength, "Product_Error_Sku", SkuMaxLength);
        Sku = sku.Trim();
        Change(name, launchOn);
        Active = true;
    }

    private NewProduct()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Sku { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public LocalDate LaunchOn { get; private set; }
    public bool Active { get; private set; }
    public int Version { get; set; }

    public string AuditId => Sku;

    public void Change(string name, LocalDate launchOn)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength, "Product_Error_Name", NameMaxLength);
        Name = name.Trim();
        LaunchOn = launchOn;
    }

    public void SetActive(bool active) => Active = active;
}

/// <summary>What a store reports for a new SKU. The code is stored; the name is the resource key <c>Rollout_{code}</c>.</summary>
internal static class RolloutStatus
{
    public const string OnShelf = "on-shelf";
    public const string Arrived = "arrived";
    public const string NotArrived = "not-arrived";
    public const string SoldOut = "sold-out";

    public static readonly IReadOnlyList<string> All = [OnShelf, Arrived, NotArrived, SoldOut];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
