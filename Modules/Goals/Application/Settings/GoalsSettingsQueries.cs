using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Goals.Application.Settings;

/// <summary>The settings form as stored (the defaults until first saved: reading never inserts) and the action types to pick from.</summary>
internal sealed class GoalsSettingsQueries(GoalsDbContext db, ModuleSettings<GoalsDbContext, GoalsSettings> settings)
{
    public async Task<GoalsSettingsInput> FormAsync(CancellationToken ct)
    {
        var row = await settings.ReadAsync(ct);
        return new GoalsSettingsInput
        {
            RewardSharePercent = row.RewardSharePercent,
            RewardTopPercent = row.RewardTopPercent,
            MissedDays = row.MissedDays,
            HighActivityPercent = row.HighActivityPercent,
            LowConversionPercent = row.LowConversionPercent,
            Template = row.Template.Select(l => new TemplateLineInput { ActionCode = l.ActionCode, PerWeek = l.PerWeek }).ToList(),
            Version = row.Version,
        };
    }

    /// <summary>Active action types (code, zh and en names) for the template's select, in code order.</summary>
    public async Task<IReadOnlyList<KeyActionType>> ActionTypesAsync(CancellationToken ct) =>
        await db.ActionTypes.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Code).ToListAsync(ct);
}
