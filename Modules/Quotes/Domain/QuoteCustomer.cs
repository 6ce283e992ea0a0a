namespace SalesSuite.Quotes.Domain;

/// <summary>Read model of a Leads customer (code, name, type), fed by CustomerRegistered / CustomersMerged.</summary>
internal sealed class QuoteCustomer
{
    private QuoteCustomer() { Code = Name = string.Empty; }

    public QuoteCustomer(Guid customerId, string code, string name, string? customerType)
    {
        CustomerId = customerId;
        Code = code;
        Name = name;
        CustomerType = customerType;
    }

    public Guid CustomerId { get; private set; }
    public string Code { get; set; }
    public string Name { get; set; }
    public string? CustomerType { get; set; }
    public Guid? MergedInto { get; set; }
}
