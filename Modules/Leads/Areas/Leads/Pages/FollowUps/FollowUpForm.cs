using System.ComponentModel.DataAnnotations;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Areas.Leads.Pages.FollowUps;

public sealed class FollowUpForm
{
    public Guid? CustomerId { get; set; }
    public Guid? LeadId { get; set; }
    public Guid? DealId { get; set; }

    [Required(ErrorMessage = "Validation_Required"), Display(Name = "FollowUp_Objective")]
    public string? Objective { get; set; }

    [Required(ErrorMessage = "Validation_Required"), StringLength(FollowUp.MaxSummary, ErrorMessage = "Validation_StringLength"), Display(Name = "FollowUp_Summary")]
    public string? Summary { get; set; }

    public List<string> Obstacles { get; set; } = [];

    [StringLength(200, ErrorMessage = "Validation_StringLength"), Display(Name = "FollowUp_NextAction")]
    public string? NextActionText { get; set; }

    [Display(Name = "FollowUp_NextDue")]
    public string? NextActionDue { get; set; }

    [StringLength(200, ErrorMessage = "Validation_StringLength"), Display(Name = "FollowUp_Location")]
    public string? Location { get; set; }

    public bool Warning { get; set; }
}
