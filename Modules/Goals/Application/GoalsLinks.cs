namespace SalesSuite.Goals.Application;

/// <summary>Links put into notifications and evidence rows (pages build their own with routing).</summary>
internal static class GoalsLinks
{
    public const string Plan = "/Goals/Plans";
    public const string Progress = "/Goals/Progress";

    /// <summary>A person's action contract for a period (the completion notification's link).</summary>
    public static string ActionContract(Guid userId, string period) => $"/Goals/Contracts?period={period}&userId={userId}";

    public static string Customer(Guid id) => "/Leads/Customers/Detail/" + id;

        public static string Quote(Guid id) => "/Quotes/Details/" + id;

    public static string Contract(Guid id) => "/Collections/Contracts/Detail?id=" + id;

    public static string StoreReport(Guid id) => "/Stores/Reports/Detail?id=" + id;

    public static string Store(Guid id) => "/Stores/List/Detail?id=" + id;
}
