using SalesSuite.Host.Areas.Admin.History;
using SalesSuite.Host.Areas.Admin.Outbox;

namespace SalesSuite.Host.Areas.Admin;

internal static class AdminRegistration
{
    public static IServiceCollection AddAdminArea(this IServiceCollection services)
    {
        services.AddScoped<HistoryReader>();
        services.AddScoped<OutboxMonitor>();
        services.AddScoped<AdminLookups>();
        services.AddScoped<Pages.Users.UserChecks>();
        services.AddScoped<Pages.Users.RoleAssignment>();
        services.AddScoped<Pages.Teams.TeamChecks>();
        services.AddScoped<Pages.Teams.TeamCommands>();
        return services;
    }
}
