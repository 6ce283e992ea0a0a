using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Identity;

/// <summary>
/// The first sign-in after a start compiles the identity stores' queries it makes (finding the user, their roles, the
/// roles' and the user's claims: about a tenth of a second of a cold process) and loads the data-protection key ring.
/// Once the host listens (a startup task that runs after listening), this makes the same queries once for no one (a
/// user name no one can have, a user id no one has), so the first person to sign in does not wait for them: they run on
/// the other core while the login page, the first request, is served. It reads only. <c>Host:WarmUp</c> = false turns
/// it off (the tests do).
/// </summary>
internal sealed class SignInWarmUp(
    IServiceScopeFactory scopes,
    IDataProtectionProvider protection,
    IConfiguration configuration,
    ILogger<SignInWarmUp> logger) : IStartupTask
{
    public const string Setting = "Host:WarmUp";

    private readonly TaskCompletionSource<bool> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the queries ran; false when turned off or when they failed (logged).</summary>
    public Task<bool> Completion => _done.Task;

    public bool BeforeListening => false;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(Setting, true))
        {
            _done.TrySetResult(false);
            return;
        }
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            protection.CreateProtector(nameof(SignInWarmUp)).Protect([0]);
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
            // A user name cannot hold a control character (Identity's allowed characters), so this finds no one.
            await users.FindByNameAsync("\u0001");
            var nobody = new AppUser { Id = Guid.Empty, UserName = "\u0001", DisplayName = "" };
            await users.GetRolesAsync(nobody);
            await users.GetClaimsAsync(nobody);
            if (await roles.FindByNameAsync(Roles.Admin) is { } role)
            {
                await roles.GetClaimsAsync(role);
            }
            _done.TrySetResult(true);
        }
        catch (OperationCanceledException)
        {
            _done.TrySetResult(false);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The sign-in warm-up failed; the first sign-in compiles its queries itself");
            _done.TrySetResult(false);
        }
    }
}
