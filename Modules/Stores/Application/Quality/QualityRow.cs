namespace SalesSuite.Stores.Application.Quality;

/// <summary>One store's month: compliance, feedback quality and the store manager's monthly score.</summary>
internal sealed record QualityRow(
    Guid StoreId,
    string Code,
    string Name,
    string Region,
    int DaysReported,
    int DaysSoFar,
    decimal CompliancePercent,
    decimal Valid,
    decimal Duplicates,
    decimal DuplicateRate,
    decimal Quality,
    decimal QualityNormalised,
    decimal ManagerScore);
