using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Health.Application.RuleSettings;

/// <summary>The rule and grading forms as stored (or the seeds' defaults before the first save).</summary>
internal sealed class RuleSettingsQueries(ModuleSettings<HealthDbContext, HealthSettings> settings, HealthAccess access)
{
    public async Task<RuleSettingsInput> RulesAsync(CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var s = await settings.ReadAsync(ct);
        return new RuleSettingsInput
        {
            PauseEnabled = s.PauseEnabled, PauseMinFollowUps = s.PauseMinFollowUps, PauseDays = s.PauseDays,
            FreezeEnabled = s.FreezeEnabled, FreezeMinFields = s.FreezeMinFields, FreezeAfterFollowUps = s.FreezeAfterFollowUps,
            ReviewEnabled = s.ReviewEnabled, ReviewSharePercent = s.ReviewSharePercent, ReviewWaitHours = s.ReviewWaitHours,
            ReviewDueHours = s.ReviewDueHours, TraceEnabled = s.TraceEnabled, TraceMaxCorrectionsPerDay = s.TraceMaxCorrectionsPerDay,
            Version = s.Version,
        };
    }

    public async Task<GradingSettingsInput> GradingAsync(CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var s = await settings.ReadAsync(ct);
        return new GradingSettingsInput
        {
            WeightPayment = s.WeightPayment, WeightSpeed = s.WeightSpeed, WeightTier = s.WeightTier, WeightCompetition = s.WeightCompetition,
            GradingIntervalHours = s.GradingIntervalHours, GradeAPlusFrom = s.GradeAPlusFrom, GradeAFrom = s.GradeAFrom,
            GradeBFrom = s.GradeBFrom, APlusSupportPack = s.APlusSupportPack, CReview = s.CReview, CReviewHours = s.CReviewHours,
            Version = s.Version,
        };
    }
}
