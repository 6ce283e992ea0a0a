using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Settings;

/// <summary>The settings form as stored (defaults until first saved) and the people escalations may go to.</summary>
internal sealed class SettingsQueries(
    ModuleSettings<CollectionsDbContext, CollectionsSettings> settings, IOrganisation organisation)
{
    public async Task<SettingsInput> FormAsync(CancellationToken ct)
    {
        var row = await settings.ReadAsync(ct);
        return new SettingsInput
        {
            ReportEscalationHours = row.ReportEscalationHours,
            ReportEscalationRole = row.ReportEscalationRole,
            ReportEscalationUserName = row.ReportEscalationUserName,
            UntaggedEscalationDays = row.UntaggedEscalationDays,
            ReceiptRequiredTypes = MilestoneType.All.Where(row.RequiresReceipt).ToList(),
            Version = row.Version,
        };
    }

    public async Task<IReadOnlyList<OrgUser>> PeopleAsync(CancellationToken ct) =>
        (await organisation.ActiveUsersAsync(ct)).OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();
}
