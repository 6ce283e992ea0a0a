using System.ComponentModel.DataAnnotations;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

public sealed class UserInput
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(50, ErrorMessage = "Validation_StringLength")]
    [Display(Name = "Admin_Field_UserName")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, ErrorMessage = "Validation_StringLength")]
    [Display(Name = "Admin_Field_DisplayName")]
    public string DisplayName { get; set; } = string.Empty;

    [EmailAddress(ErrorMessage = "Validation_Email")]
    [StringLength(200, ErrorMessage = "Validation_StringLength")]
    [Display(Name = "Admin_Field_Email")]
    public string? Email { get; set; }

    [RegularExpression(@"^\+?[0-9][0-9 \-]{4,19}$", ErrorMessage = "Validation_Phone")]
    [Display(Name = "Admin_Field_PhoneNumber")]
    public string? PhoneNumber { get; set; }

    [Display(Name = "Admin_Field_TeamId")]
    public Guid? TeamId { get; set; }

    [Display(Name = "Admin_Field_ManagerId")]
    public Guid? ManagerId { get; set; }

    [Display(Name = "Admin_Field_Roles")]
    public List<string> Roles { get; set; } = [];

    /// <summary>Only on create: the initial password the person changes after the first sign-in.</summary>
    [StringLength(100, MinimumLength = 8, ErrorMessage = "Validation_PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Admin_Field_Password")]
    public string? Password { get; set; }

    /// <summary>Identity's concurrency stamp as loaded: a stale edit is refused instead of overwriting.</summary>
    public string? ConcurrencyStamp { get; set; }
}
