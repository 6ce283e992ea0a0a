using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application;

/// <summary>Builds NotificationRequested events whose text keys live in this module's resources.</summary>
internal static class Notify
{
    public static NotificationRequested User(Guid recipient, Instant at, Guid? actor, string key, string? link, params string[] args) =>
        new(Guid.NewGuid(), at, actor, recipient, null, LeadsModule.ModuleName, key, args, link);

    public static NotificationRequested Role(string role, Instant at, Guid? actor, string key, string? link, params string[] args) =>
        new(Guid.NewGuid(), at, actor, null, role, LeadsModule.ModuleName, key, args, link);
}
