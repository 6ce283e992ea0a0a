namespace SalesSuite.Leads.Application;

/// <summary>
/// Notification and timeline links (built outside a request, so no routing): the module's list pages and the records
/// in Collections that the customer timeline points to.
/// </summary>
internal static class Links
{
    public const string MyLeads = "/Leads/Leads";
    public const string Pool = "/Leads/Pool";
    public const string Actions = "/Leads/Actions";
    public const string Customers = "/Leads/Customers";
    public const string Deals = "/Leads/Deals";
    public const string Tasks = "/Leads/Tasks";
    public const string Visits = "/Leads/Visits";
    public const string Risks = "/Leads/Visits/Risks";

    /// <summary>A follow-up's correction page (its history and the form).</summary>
    public static string FollowUpCorrection(Guid followUpId) => $"/Leads/FollowUps/Correct/{followUpId}";

    /// <summary>A contract in Collections (timeline lines about its contract, payments and closed loop).</summary>
    public static string CollectionsContract(Guid contractId) => $"/Collections/Contracts/Detail?id={contractId}";

    /// <summary>A receivable (payment milestone) in Collections.</summary>
    public static string CollectionsReceivable(Guid receivableId) => $"/Collections/Receivables/Detail?id={receivableId}";
}
