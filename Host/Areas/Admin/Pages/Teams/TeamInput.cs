using System.ComponentModel.DataAnnotations;

namespace SalesSuite.Host.Areas.Admin.Pages.Teams;

public sealed class TeamInput
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, ErrorMessage = "Validation_StringLength")]
    [Display(Name = "Admin_Field_Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(100, ErrorMessage = "Validation_StringLength")]
    [Display(Name = "Admin_Field_Region")]
    public string? Region { get; set; }

    [Display(Name = "Admin_Field_LeaderId")]
    public Guid? LeaderId { get; set; }

    /// <summary>The version the form was loaded at; a stale one is refused (IVersioned).</summary>
    public int Version { get; set; }
}
