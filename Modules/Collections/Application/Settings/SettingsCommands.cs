using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Settings;

/// <summary>Finance, Admin and the sales director change Collections' settings (stale form: 409; every change logged).</summary>
internal sealed class SettingsCommands(
    CollectionsDbContext db, UnitOfWork<CollectionsDbContext> uow, ModuleSettings<CollectionsDbContext, CollectionsSettings> settings,
    RecordAccess access, IOrganisation organisation)
{
    public static readonly IReadOnlyList<string> EditorRoles = [Roles.Finance, Roles.Admin, Roles.SalesDirector];

    public bool CanEdit => access.IsInAnyRole(EditorRoles);

    public async Task SaveAsync(SettingsInput input, CancellationToken ct)
    {
        if (!CanEdit)
        {
            throw new UnauthorizedAccessException();
        }
        var person = input.ReportEscalationUserName?.Trim();
        if (!string.IsNullOrEmpty(person))
        {
            var users = await organisation.ActiveUsersAsync(ct);
            DomainException.ThrowIf(!users.Any(u => u.UserName == person), "Settings_Error_Person", person);
        }
        var row = await settings.ForChangeAsync(ct);
        if (db.Entry(row).State != EntityState.Added)
        {
            StaleEditException.ThrowIfChanged(input.Version, row.Version);
            db.Entry(row).Property(x => x.Version).OriginalValue = input.Version;
        }
        row.Change(input.ReportEscalationHours, input.ReportEscalationRole ?? string.Empty, person, input.UntaggedEscalationDays,
            input.ReceiptRequiredTypes);
        await uow.CommitAsync("Settings.Change", ct);
    }
}
