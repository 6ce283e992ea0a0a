using Microsoft.AspNetCore.Identity;

namespace SalesSuite.Host.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;
    public bool IsActive { get; set; } = true;
    public Guid? TeamId { get; set; }
    /// <summary>Reporting line: escalations and team visibility follow it.</summary>
    public Guid? ManagerId { get; set; }
    /// <summary>"zh-CN" or "en"; applied at sign-in and when the user switches language.</summary>
    public string PreferredCulture { get; set; } = "zh-CN";
}
