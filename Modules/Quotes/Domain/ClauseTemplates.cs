namespace SalesSuite.Quotes.Domain;

/// <summary>
/// Resource key of the clause template Legal is offered when its step breaches SLA, by customer type: Leads' type codes
/// (Hospital, Distributor, Manufacturer, from CustomerRegistered / CustomerProfileChanged) or the demo's Chinese names.
/// </summary>
internal static class ClauseTemplates
{
    public static string KeyFor(string? customerType) => customerType?.Trim().ToLowerInvariant() switch
    {
        "hospital" or "医院" => "Clause_Hospital",
        "dealer" or "distributor" or "经销商" => "Clause_Dealer",
        "manufacturer" or "制造企业" or "生产厂家" => "Clause_Manufacturer",
        _ => "Clause_Standard",
    };
}
