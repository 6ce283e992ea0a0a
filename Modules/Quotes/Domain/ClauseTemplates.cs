namespace SalesSuite.Quotes.Domain;

/// <summary>Resource key of the clause template Legal is offered when its step breaches SLA, by customer type.</summary>
internal static class ClauseTemplates
{
    public static string KeyFor(string? customerType) => customerType?.Trim().ToLowerInvariant() switch
    {
        "hospital" or "医院" => "Clause_Hospital",
        "dealer" or "经销商" => "Clause_Dealer",
        "manufacturer" or "制造企业" => "Clause_Manufacturer",
        _ => "Clause_Standard",
    };
}
