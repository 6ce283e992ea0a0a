namespace SalesSuite.Leads.Domain;

/// <summary>
/// Customer types and tiers (客户类型 / 客户层级) as stable codes (published in CustomerProfileChanged; named by the
/// resource keys CustomerType_&lt;code&gt; and Tier_&lt;code&gt;).
/// </summary>
internal static class CustomerTypes
{
    /// <summary>
    /// The default types (医院 / 生产厂家 / 终端用户 / 经销商 / 集成商 / 政府及事业单位) offered until the director
    /// configures the list (<see cref="CustomerTypeOption"/>); they stay valid codes for existing data.
    /// </summary>
    public static readonly IReadOnlyList<string> Types =
        ["Hospital", "Manufacturer", "EndUser", "Distributor", "Integrator", "Institution"];

    /// <summary>三甲医院 / 二级医院 / KA 大客户 / 普通.</summary>
    public static readonly IReadOnlyList<string> Tiers = ["Tertiary", "Secondary", "KA", "Standard"];
}
