using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Intake;

/// <summary>The intake form; rules in <see cref="IntakeInputValidator"/>.</summary>
public sealed class IntakeInput
{
    public string? ContactName { get; set; }
    public string? Company { get; set; }
    public string? Phone { get; set; }
    public string? Source { get; set; }
    public string? Industry { get; set; }
    public string? BudgetBand { get; set; }
    public string? NeedType { get; set; }
    public string? CreditCode { get; set; }
    public string? Notes { get; set; }

    /// <summary>The user saw the possible duplicates and says this is a new company.</summary>
    public bool ConfirmNew { get; set; }

    /// <summary>The user chose an existing customer this lead belongs to.</summary>
    public Guid? LinkCustomerId { get; set; }

    internal LeadDetails ToDetails() => new(
        (ContactName ?? "").Trim(), (Company ?? "").Trim(), (Phone ?? "").Trim(), Source ?? "", Empty(Industry), Empty(BudgetBand),
        Empty(NeedType), Empty(Notes), Empty(CreditCode));

    private static string? Empty(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
