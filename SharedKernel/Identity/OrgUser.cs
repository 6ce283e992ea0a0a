namespace SalesSuite.SharedKernel.Identity;

public sealed record OrgUser(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    string? Phone,
    Guid? TeamId,
    string? TeamName,
    string? Region,
    Guid? ManagerId,
    bool IsActive,
    IReadOnlyList<string> Roles);
