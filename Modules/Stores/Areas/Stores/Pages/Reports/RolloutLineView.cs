using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Reports;

/// <summary>A roll-out line of a report, with the right / wrong buttons for those who may verify.</summary>
internal sealed record RolloutLineView(Guid ReportId, RolloutDetail Line, bool CanVerify);
