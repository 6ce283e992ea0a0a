using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Goals.Application.Targets;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>Runs Goals' target use cases as a demo user (the request's user set on the scope's HttpContext).</summary>
internal static class TargetsApp
{
    public static Task<T> AsAsync<T>(this AppFactory app, string userName, Func<IServiceProvider, Task<T>> work) =>
        app.InScopeAsync(async sp =>
        {
            var user = (await sp.GetRequiredService<IOrganisation>().ActiveUsersAsync()).Single(u => u.UserName == userName);
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id.ToString()), new(ClaimTypes.Name, user.UserName) };
            claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
            var accessor = sp.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")), RequestServices = sp };
            try
            {
                return await work(sp);
            }
            finally
            {
                accessor.HttpContext = null;
            }
        });

    public static Task<Guid> SaveTargetAsync(this AppFactory app, string userName, TargetInput input) =>
        app.AsAsync(userName, sp => sp.GetRequiredService<TargetCommands>().SaveAsync(input, CancellationToken.None));

    public static Task SplitAsync(this AppFactory app, string userName, SplitInput input) =>
        app.AsAsync(userName, async sp =>
        {
            await sp.GetRequiredService<TargetCommands>().SplitAsync(input, CancellationToken.None);
            return true;
        });

    public static Task<SplitView> SplitViewAsync(this AppFactory app, string userName, Guid parentId) =>
        app.AsAsync(userName, sp => sp.GetRequiredService<SplitQueries>().ViewAsync(parentId, CancellationToken.None));

    public static async Task<Guid> TeamIdAsync(this AppFactory app, string teamName) =>
        await app.InScopeAsync(async sp =>
            (await sp.GetRequiredService<IOrganisation>().ActiveUsersAsync()).First(u => u.TeamName == teamName).TeamId!.Value);

    public static Task<Target> TargetAsync(this AppFactory app, Guid id) =>
        app.GoalsAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id));

    /// <summary>A split input with the view's lines and the given shares (in line order).</summary>
    public static SplitInput Shares(this SplitView view, params string[] amounts) => new()
    {
        ParentId = view.ParentId,
        Version = view.Version,
        Metric = view.Metric.ToString(),
        Lines = view.Lines.Select((l, i) => new SplitLineInput
        {
            ScopeId = l.ScopeId, TargetId = l.TargetId, Version = l.Version, Amount = i < amounts.Length ? amounts[i] : "0",
        }).ToList(),
    };
}
