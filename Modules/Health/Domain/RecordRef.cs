namespace SalesSuite.Health.Domain;

/// <summary>
/// A record of another module as Health names and links it. Health references no other module's code, so the links are
/// the plain addresses of their pages (a deal lives on its customer's page in Leads).
/// </summary>
internal sealed record RecordRef(string Type, Guid Id, string Label, Guid? DealId = null, Guid? CustomerId = null)
{
    public const string Deal = "Deal";
    public const string Quote = "Quote";
    public const string Contract = "Contract";
    public const string Milestone = "Milestone";
    public const string Lead = "Lead";
    public const string Customer = "Customer";

    public string Url => UrlOf(Type, Id, CustomerId);

    public static string UrlOf(string type, Guid id, Guid? customerId) => type switch
    {
        Deal when customerId is { } c => $"/Leads/Customers/Detail/{c}#deal-{id}",
        Deal => "/Leads/Deals",
        Quote => $"/Quotes/Details/{id}",
        Contract => $"/Collections/Contracts/Detail?id={id}",
        Milestone => $"/Collections/Receivables/Detail?id={id}",
        Lead => "/Leads/Leads",
        Customer => $"/Leads/Customers/Detail/{id}",
        _ => "/",
    };
}
