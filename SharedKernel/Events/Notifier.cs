using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Stages bell notifications in the module's outbox, committed with the change that caused them. Text keys live in
/// the module's resources (the module is named by its DbContext, e.g. LeadsDbContext → "Leads").
/// </summary>
public sealed class Notifier<TContext>(TContext db, IClock clock)
    where TContext : ModuleDbContext
{
    public void ToUser(Guid recipient, string key, string? link, Guid? actor, params string[] arguments) =>
        db.Publish(new NotificationRequested(
            Guid.NewGuid(), clock.GetCurrentInstant(), actor, recipient, null, db.ModuleName, key, arguments, link));

    public void ToRole(string role, string key, string? link, Guid? actor, params string[] arguments) =>
        db.Publish(new NotificationRequested(
            Guid.NewGuid(), clock.GetCurrentInstant(), actor, null, role, db.ModuleName, key, arguments, link));
}
