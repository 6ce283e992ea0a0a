using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Application.Settings;

/// <summary>
/// Admin and the sales director change Goals' settings: the reward pool's share and top %, the missed-action days, the
/// action-vs-result thresholds and the weekly-plan template. A stale form is 409; a value out of range refuses the whole
/// form (nothing saved); the first save inserts the row (a second first save racing it is 409 like any stale form).
/// </summary>
internal sealed class GoalsSettingsCommands(
    GoalsDbContext db, UnitOfWork<GoalsDbContext> uow, GoalsAccess access)
{
    public async Task SaveAsync(GoalsSettingsInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var lines = input.Template.Where(l => !l.Remove && !string.IsNullOrWhiteSpace(l.ActionCode))
            .Select(l => new TemplateLine(l.ActionCode!.Trim(), l.PerWeek)).ToList();
        var codes = lines.Select(l => l.ActionCode).ToList();
        var known = await db.ActionTypes.AsNoTracking().Where(t => codes.Contains(t.Code) && t.Active).Select(t => t.Code).ToListAsync(ct);
        var unknown = codes.FirstOrDefault(c => !known.Contains(c));
        DomainException.ThrowIf(unknown is not null, "Settings_Error_ActionType", unknown ?? "");
        // The first save adds the row only once it is changed: an owned JSON list replaced on an already-added row would
        // keep the default lines too.
        var row = await db.Settings.SingleOrDefaultAsync(ct);
        var first = row is null;
        row ??= new GoalsSettings();
        if (!first)
        {
            StaleEditException.ThrowIfChanged(input.Version, row.Version);
            db.Entry(row).Property(x => x.Version).OriginalValue = input.Version;
        }
        row.ChangeReward(input.RewardSharePercent, input.RewardTopPercent);
        row.ChangeRules(input.MissedDays, input.HighActivityPercent, input.LowConversionPercent);
        row.ChangeTemplate(lines);
        if (first)
        {
            // Version 1: a form that showed the defaults (Version 0) is stale once someone saved.
            row.Version = 1;
            db.Settings.Add(row);
        }
        try
        {
            await uow.CommitAsync("Settings.Change", ct);
        }
        catch (DbUpdateException) when (first)
        {
            // Two first saves at the same moment: the other one added the row; this form did not see it.
            throw new StaleEditException();
        }
    }
}
