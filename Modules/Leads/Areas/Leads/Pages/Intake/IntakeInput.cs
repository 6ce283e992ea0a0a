using System.ComponentModel.DataAnnotations;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Areas.Leads.Pages.Intake;

public sealed class IntakeInput
{
    [Required(ErrorMessage = "Validation_Required"), StringLength(100, ErrorMessage = "Validation_StringLength"), Display(Name = "Lead_Contact")]
    public string ContactName { get; set; } = "";

    [Required(ErrorMessage = "Validation_Required"), StringLength(200, ErrorMessage = "Validation_StringLength"), Display(Name = "Lead_Company")]
    public string Company { get; set; } = "";

    [Required(ErrorMessage = "Validation_Required"), StringLength(40, ErrorMessage = "Validation_StringLength"), Display(Name = "Lead_Phone")]
    public string Phone { get; set; } = "";

    [Required(ErrorMessage = "Validation_Required"), Display(Name = "Lead_Source")]
    public string Source { get; set; } = "";

    [Display(Name = "Lead_Industry")]
    public string? Industry { get; set; }

    [Display(Name = "Lead_Budget")]
    public string? BudgetBand { get; set; }

    [Display(Name = "Lead_Need")]
    public string? NeedType { get; set; }

    [StringLength(30, ErrorMessage = "Validation_StringLength"), Display(Name = "Lead_CreditCode")]
    public string? CreditCode { get; set; }

    [StringLength(1000, ErrorMessage = "Validation_StringLength"), Display(Name = "Lead_Notes")]
    public string? Notes { get; set; }

    /// <summary>The user saw the possible duplicates and says this is a new company.</summary>
    public bool ConfirmNew { get; set; }

    /// <summary>The user chose an existing customer this lead belongs to.</summary>
    public Guid? LinkCustomerId { get; set; }

    internal LeadDetails ToDetails() => new(ContactName.Trim(), Company.Trim(), Phone.Trim(), Source, Empty(Industry), Empty(BudgetBand), Empty(NeedType), Empty(Notes), Empty(CreditCode));

    private static string? Empty(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
