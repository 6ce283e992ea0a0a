using Microsoft.AspNetCore.Identity;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Seeding;

/// <summary>
/// A production database starts without people (no demo data). When no administrator exists and
/// <c>Bootstrap:AdminUserName</c> + <c>Bootstrap:AdminPassword</c> are configured, one administrator is created with that
/// password, which must be changed at first sign-in. Once any administrator exists the settings are ignored.
/// </summary>
internal static class FirstAdministrator
{
    /// <summary>Called when no one holds the administrator role (<see cref="PlatformRoles.EnsureAsync"/>).</summary>
    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var userName = configuration["Bootstrap:AdminUserName"];
        var password = configuration["Bootstrap:AdminPassword"];
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            logger.LogWarning("No administrator exists: set Bootstrap:AdminUserName and Bootstrap:AdminPassword to create the first one.");
            return;
        }
        var admin = new AppUser { Id = Guid.NewGuid(), UserName = userName.Trim(), DisplayName = userName.Trim() };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "The first administrator could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
        await PasswordChangeRequired.SetAsync(users, admin);
        logger.LogInformation("First administrator {UserName} created; the password must be changed at first sign-in.", admin.UserName);
    }
}
