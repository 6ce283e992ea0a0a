namespace SalesSuite.Leads.Domain;

/// <summary>
/// The customer's key profile fields (codes, as published in CustomerProfileChanged.MissingFields and named by the
/// resource keys Profile_Field_&lt;code&gt;) and how complete a profile is.
/// </summary>
internal static class CustomerProfile
{
    public const string Company = "company";
    public const string Contact = "contact";
    public const string Phone = "phone";
    public const string Industry = "industry";
    public const string CreditCode = "creditCode";
    public const string CustomerType = "customerType";
    public const string Tier = "tier";
    public const string Address = "address";
    public const string DecisionMaker = "decisionMaker";
    public const string BudgetBand = "budgetBand";
    public const string Competitor = "competitor";

    /// <summary>The key fields in the order the page lists them.</summary>
    public static readonly IReadOnlyList<string> KeyFields =
        [Company, Contact, Phone, Industry, CreditCode, CustomerType, Tier, Address, DecisionMaker, BudgetBand, Competitor];

    public static ProfileCompleteness Completeness(Customer customer)
    {
        var missing = KeyFields.Where(f => string.IsNullOrWhiteSpace(ValueOf(customer, f))).ToList();
        return new ProfileCompleteness(KeyFields.Count - missing.Count, KeyFields.Count, missing);
    }

    /// <summary>
    /// Completeness over the built-in key fields and the active director-defined key fields (in their order), given the
    /// customer's values of those fields by field id.
    /// </summary>
    public static ProfileCompleteness Completeness(
        Customer customer, IEnumerable<ProfileField> fields, IReadOnlyDictionary<Guid, string> values)
    {
        var builtIn = Completeness(customer);
        var keys = fields.Where(f => f.IsKey && f.Active).OrderBy(f => f.Position).ToList();
        var missing = keys.Where(f => !values.TryGetValue(f.Id, out var v) || string.IsNullOrWhiteSpace(v)).Select(f => f.Code).ToList();
        return new ProfileCompleteness(builtIn.Filled + keys.Count - missing.Count, builtIn.Count + keys.Count, [.. builtIn.Missing, .. missing])
        {
            Labels = keys.ToDictionary(f => f.Code, f => f.Label),
        };
    }

    public static string? ValueOf(Customer c, string field) => field switch
    {
        Company => c.Name,
        Contact => c.ContactName,
        Phone => c.Phone,
        Industry => c.Industry,
        CreditCode => c.CreditCode,
        CustomerType => c.CustomerType,
        Tier => c.Tier,
        Address => c.Address,
        DecisionMaker => c.DecisionMaker,
        BudgetBand => c.BudgetBand,
        Competitor => c.MainCompetitor,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
