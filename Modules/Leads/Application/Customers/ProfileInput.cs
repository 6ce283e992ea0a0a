using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>The customer profile form as posted (checked by <see cref="ProfileInputValidator"/>), with the version it showed.</summary>
public sealed class ProfileInput
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public string? Industry { get; set; }
    public string? CreditCode { get; set; }
    public string? CustomerType { get; set; }
    public string? Tier { get; set; }
    public string? Address { get; set; }
    public string? DecisionMaker { get; set; }
    public string? BudgetBand { get; set; }
    public string? MainCompetitor { get; set; }

    /// <summary>The director's profile fields by field id (posted as Input.Fields[&lt;id&gt;]).</summary>
    public Dictionary<string, string?> Fields { get; set; } = [];

    /// <summary>The trimmed value posted for a director's field, null when blank or not posted.</summary>
    internal string? FieldValue(Guid fieldId) =>
        Fields.TryGetValue(fieldId.ToString(), out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    internal ProfileValues Values => new(
        Name ?? "", ContactName ?? "", Phone ?? "", Industry, CreditCode, CustomerType, Tier, Address, DecisionMaker, BudgetBand,
        MainCompetitor);

    internal static ProfileInput From(Customer c, IReadOnlyDictionary<Guid, string> fields) => new()
    {
        Version = c.Version, Name = c.Name, ContactName = c.ContactName, Phone = c.Phone, Industry = c.Industry,
        CreditCode = c.CreditCode, CustomerType = c.CustomerType, Tier = c.Tier, Address = c.Address,
        DecisionMaker = c.DecisionMaker, BudgetBand = c.BudgetBand, MainCompetitor = c.MainCompetitor,
        Fields = fields.ToDictionary(f => f.Key.ToString(), f => (string?)f.Value),
    };
}
