using SalesSuite.SharedKernel.Application;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

/// <summary>The settings form as stored (the defaults until headquarters first saves).</summary>
internal sealed class SettingsQueries(ModuleSettings<Data.StoresDbContext, StoresSettings> settings)
{
    public async Task<SettingsInput> FormAsync(CancellationToken ct)
    {
        var s = await settings.ReadAsync(ct);
        return new SettingsInput
        {
            ClusterThreshold = s.ClusterThreshold,
            SameQuestionDays = s.SameQuestionDays,
            QualityWeightPercent = s.QualityWeightPercent,
            DuplicateSimilarityPercent = s.DuplicateSimilarityPercent,
            DailyQuotaMegabytes = s.DailyQuotaMegabytes,
            Version = s.Version,
        };
    }
}
