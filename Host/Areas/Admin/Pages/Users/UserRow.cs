namespace SalesSuite.Host.Areas.Admin.Pages.Users;

public sealed record UserRow(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Phone,
    string? Team,
    string? Manager,
    IReadOnlyList<string> Roles,
    bool Active,
    bool LockedOut);
