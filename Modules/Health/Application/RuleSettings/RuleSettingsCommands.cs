using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Health.Application.RuleSettings;

/// <summary>The director (or admin) changes the rules and the grading model; stale forms are refused, every change is logged.</summary>
internal sealed class RuleSettingsCommands(HealthDbContext db, HealthAccess access, UnitOfWork<HealthDbContext> unitOfWork)
{
    public async Task SaveRulesAsync(RuleSettingsInput input, CancellationToken ct)
    {
        var s = await ForChangeAsync(input.Version, ct);
        (s.PauseEnabled, s.PauseMinFollowUps, s.PauseDays) = (input.PauseEnabled, input.PauseMinFollowUps, input.PauseDays);
        (s.FreezeEnabled, s.FreezeMinFields, s.FreezeAfterFollowUps) = (input.FreezeEnabled, input.FreezeMinFields, input.FreezeAfterFollowUps);
        (s.ReviewEnabled, s.ReviewSharePercent, s.ReviewWaitHours, s.ReviewDueHours) =
            (input.ReviewEnabled, input.ReviewSharePercent, input.ReviewWaitHours, input.ReviewDueHours);
        (s.TraceEnabled, s.TraceMaxCorrectionsPerDay) = (input.TraceEnabled, input.TraceMaxCorrectionsPerDay);
        await unitOfWork.CommitAsync("Rules.Settings", ct);
    }

    public async Task SaveGradingAsync(GradingSettingsInput input, CancellationToken ct)
    {
        var s = await ForChangeAsync(input.Version, ct);
        (s.WeightPayment, s.WeightSpeed, s.WeightTier, s.WeightCompetition) =
            (input.WeightPayment, input.WeightSpeed, input.WeightTier, input.WeightCompetition);
        (s.GradingIntervalHours, s.GradeAPlusFrom, s.GradeAFrom, s.GradeBFrom) =
            (input.GradingIntervalHours, input.GradeAPlusFrom, input.GradeAFrom, input.GradeBFrom);
        (s.APlusSupportPack, s.CReview, s.CReviewHours) = (input.APlusSupportPack, input.CReview, input.CReviewHours);
        await unitOfWork.CommitAsync("Grades.Settings", ct);
    }

    private async Task<HealthSettings> ForChangeAsync(int version, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        if (await db.Settings.SingleOrDefaultAsync(ct) is not { } row)
        {
            StaleEditException.ThrowIfChanged(version, 0);
            // The first save starts at 1, so a form still showing the defaults (version 0) is stale after it.
            row = new HealthSettings { Version = 1 };
            db.Settings.Add(row);
            return row;
        }
        StaleEditException.ThrowIfChanged(version, row.Version);
        db.Entry(row).Property(x => x.Version).OriginalValue = version;
        return row;
    }
}
