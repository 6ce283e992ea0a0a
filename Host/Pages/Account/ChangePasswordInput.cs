using System.ComponentModel.DataAnnotations;

namespace SalesSuite.Host.Pages.Account;

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Validation_Required")]
    [DataType(DataType.Password)]
    [Display(Name = "ChangePassword_Current")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "Validation_PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "ChangePassword_New")]
    public string NewPassword { get; set; } = string.Empty;

    [Compare(nameof(NewPassword), ErrorMessage = "Validation_PasswordMismatch")]
    [DataType(DataType.Password)]
    [Display(Name = "ChangePassword_Confirm")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
