using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Stores.Domain;

/// <summary>Stores' one settings row (a read never inserts; the defaults stand in until headquarters saves).</summary>
internal sealed class StoresSettings : IAuditable, IVersioned
{
    public int Id { get; set; } = 1;
    /// <summary>A feedback category counted more often than this in one business week (all stores) raises a cluster.</summary>
    public int ClusterThreshold { get; set; } = 15;
    /// <summary>The same customer question in one store on this many consecutive days flags the store to its supervisor.</summary>
    public int SameQuestionDays { get; set; } = 3;
    /// <summary>Weight (percent) of the report quality score in the store manager's monthly score.</summary>
    public int QualityWeightPercent { get; set; } = 20;
    /// <summary>Similarity (percent) above which two feedback texts of one store on different days count as duplicates.</summary>
    public int DuplicateSimilarityPercent { get; set; } = 85;
    /// <summary>Upload quota per store per day (photos, screenshots and recordings together), in megabytes.</summary>
    public int DailyQuotaMegabytes { get; set; } = 40;
    public int Version { get; set; }

    public string AuditId => "Stores";

    public void Change(int clusterThreshold, int sameQuestionDays, int qualityWeightPercent, int duplicateSimilarityPercent, int quotaMb)
    {
        DomainException.ThrowIf(clusterThreshold is < 1 or > 10_000, "Settings_Error_Threshold");
        DomainException.ThrowIf(sameQuestionDays is < 2 or > 14, "Settings_Error_SameQuestionDays");
        DomainException.ThrowIf(qualityWeightPercent is < 0 or > 100, "Settings_Error_Weight");
        DomainException.ThrowIf(duplicateSimilarityPercent is < 50 or > 100, "Settings_Error_Similarity");
        DomainException.ThrowIf(quotaMb is < 1 or > 1000, "Settings_Error_Quota");
        ClusterThreshold = clusterThreshold;
        SameQuestionDays = sameQuestionDays;
        QualityWeightPercent = qualityWeightPercent;
        DuplicateSimilarityPercent = duplicateSimilarityPercent;
        DailyQuotaMegabytes = quotaMb;
    }
}
