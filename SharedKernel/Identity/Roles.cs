namespace SalesSuite.SharedKernel.Identity;

public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string SalesDirector = nameof(SalesDirector);
    public const string RegionalManager = nameof(RegionalManager);
    public const string Salesperson = nameof(Salesperson);
    public const string Tech = nameof(Tech);
    public const string Finance = nameof(Finance);
    public const string Legal = nameof(Legal);
    public const string GeneralManager = nameof(GeneralManager);
    public const string Marketing = nameof(Marketing);
    public const string DeliveryManager = nameof(DeliveryManager);
    public const string StoreManager = nameof(StoreManager);

    public static readonly IReadOnlyList<string> All =
    [
        Admin, SalesDirector, RegionalManager, Salesperson, Tech, Finance, Legal,
        GeneralManager, Marketing, DeliveryManager, StoreManager,
    ];

    /// <summary>Roles that manage people and see beyond their own records.</summary>
    public static readonly IReadOnlyList<string> Managers = [Admin, SalesDirector, RegionalManager, GeneralManager];
}
