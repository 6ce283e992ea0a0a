using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain;

/// <summary>A catalogue item with its list price and (Finance's) standard cost.</summary>
internal sealed class Product : IAuditable, IVersioned
{
    private Product() { Code = Name = string.Empty; }

    public Product(Guid id, string code, string name, decimal listPrice, decimal cost, decimal taxRatePercent = 13m)
    {
        Id = id;
        Code = code.Trim();
        Name = name.Trim();
        ListPrice = listPrice;
        Cost = cost;
        TaxRatePercent = taxRatePercent;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public decimal ListPrice { get; private set; }
    public decimal Cost { get; private set; }
    public decimal TaxRatePercent { get; private set; }
    public int Version { get; set; }
    public string AuditId => Code;

    public void Update(string name, decimal listPrice, decimal cost, decimal taxRatePercent)
    {
        Name = name.Trim();
        ListPrice = listPrice;
        Cost = cost;
        TaxRatePercent = taxRatePercent;
    }
}
