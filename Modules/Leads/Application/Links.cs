namespace SalesSuite.Leads.Application;

/// <summary>Notification links (built outside a request, so no routing): the module's list pages.</summary>
internal static class Links
{
    public const string MyLeads = "/Leads/Leads";
    public const string Pool = "/Leads/Pool";
    public const string Actions = "/Leads/Actions";
    public const string Customers = "/Leads/Customers";
    public const string Deals = "/Leads/Deals";
    public const string Tasks = "/Leads/Tasks";
}
