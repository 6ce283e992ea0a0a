using System.ComponentModel.DataAnnotations;

namespace SalesSuite.Host.Pages.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Validation_Required")]
    [Display(Name = "Login_UserName")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation_Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Login_Password")]
    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }
}
