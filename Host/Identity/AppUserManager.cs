using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.Host.Identity;

/// <summary>
/// Names the user's own password change in the operation log: it alters only unaudited fields
/// (hash, stamps), which the log otherwise skips as noise, yet "who changed their password when" matters.
/// </summary>
internal sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    IOperationContext operation)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override Task<IdentityResult> ChangePasswordAsync(AppUser user, string currentPassword, string newPassword)
    {
        if (operation.Operation is null)
        {
            operation.Begin("User.ChangePassword");
        }
        return base.ChangePasswordAsync(user, currentPassword, newPassword);
    }
}
