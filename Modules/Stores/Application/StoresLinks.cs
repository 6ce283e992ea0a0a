namespace SalesSuite.Stores.Application;

/// <summary>Links put into notifications and tasks (pages build their own with routing).</summary>
internal static class StoresLinks
{
    public const string Day = "/Stores/Day";
    public const string Flags = "/Stores/Flags";

    public static string Cluster(Guid id) => "/Stores/Clusters/Detail?id=" + id;
}
