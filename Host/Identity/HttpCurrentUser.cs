using System.Security.Claims;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Identity;

/// <summary>The request's signed-in user; outside a request it is the system (null id).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? DisplayName => Principal?.FindFirstValue(AppClaimTypes.DisplayName) ?? Principal?.Identity?.Name;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
