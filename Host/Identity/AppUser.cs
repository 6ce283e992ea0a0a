using Microsoft.AspNetCore.Identity;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Identity;

/// <summary>A person who signs in. Audited: the admin history shows who changed what; secrets and derived keys are never logged.</summary>
public sealed class AppUser : IdentityUser<Guid>, IAuditable
{
    public string DisplayName { get; set; } = string.Empty;
    public bool IsActive { get; set; } = true;
    public Guid? TeamId { get; set; }
    /// <summary>Reporting line: escalations and team visibility follow it.</summary>
    public Guid? ManagerId { get; set; }
    /// <summary>"zh-CN" or "en"; applied at sign-in and when the user switches language.</summary>
    public string PreferredCulture { get; set; } = "zh-CN";

    public string AuditId => Id.ToString();

    [NotAudited]
    public override string? PasswordHash { get => base.PasswordHash; set => base.PasswordHash = value; }

    [NotAudited]
    public override string? SecurityStamp { get => base.SecurityStamp; set => base.SecurityStamp = value; }

    [NotAudited]
    public override string? ConcurrencyStamp { get => base.ConcurrencyStamp; set => base.ConcurrencyStamp = value; }

    [NotAudited]
    public override string? NormalizedUserName { get => base.NormalizedUserName; set => base.NormalizedUserName = value; }

    [NotAudited]
    public override string? NormalizedEmail { get => base.NormalizedEmail; set => base.NormalizedEmail = value; }
}
