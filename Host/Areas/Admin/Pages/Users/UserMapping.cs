using SalesSuite.Host.Identity;

namespace SalesSuite.Host.Areas.Admin.Pages.Users;

internal static class UserMapping
{
    public static void Apply(UserInput input, AppUser user)
    {
        user.UserName = input.UserName.Trim();
        user.DisplayName = input.DisplayName.Trim();
        user.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(input.PhoneNumber) ? null : input.PhoneNumber.Trim();
        user.TeamId = input.TeamId;
        user.ManagerId = input.ManagerId;
    }

    public static UserInput ToInput(AppUser user, IReadOnlyCollection<string> roles) => new()
    {
        UserName = user.UserName ?? string.Empty,
        DisplayName = user.DisplayName,
        Email = user.Email,
        PhoneNumber = user.PhoneNumber,
        TeamId = user.TeamId,
        ManagerId = user.ManagerId,
        Roles = roles.ToList(),
        ConcurrencyStamp = user.ConcurrencyStamp,
    };
}
