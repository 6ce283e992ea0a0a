using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Application.Config;

/// <summary>What the configuration page shows: the settings (defaults until saved), tags, intake keys.</summary>
internal sealed class ConfigQueries(LeadsDbContext db, ModuleSettings<LeadsDbContext, LeadsSettings> settings)
{
    public async Task<SettingsInput> SettingsAsync(CancellationToken ct)
    {
        var s = await settings.ReadAsync(ct);
        return new SettingsInput
        {
            ClaimWindowMinutes = s.ClaimWindowMinutes, MaxOpenClaims = s.MaxOpenClaims, EscalationHours = s.EscalationHours,
            Version = s.Version,
        };
    }

    public async Task<IReadOnlyList<TagOption>> TagsAsync(CancellationToken ct) =>
        await db.TagOptions.AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct);

    public async Task<IReadOnlyList<IntakeKey>> KeysAsync(CancellationToken ct) =>
        await db.IntakeKeys.AsNoTracking().OrderBy(k => k.Source).ToListAsync(ct);
}
