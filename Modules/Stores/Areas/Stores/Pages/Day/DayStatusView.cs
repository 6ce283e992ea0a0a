using SalesSuite.Stores.Application.Day;

namespace SalesSuite.Stores.Areas.Stores.Pages.Day;

/// <summary>The status card with an optional message after a check-in (kind: success or danger).</summary>
internal sealed record DayStatusView(DayStatus Status, string? Message = null, string? Kind = null);
