using SalesSuite.Stores.Application.Reports;

namespace SalesSuite.Stores.Areas.Stores.Pages.Report;

/// <summary>The confirmation fragment: the report received, and whether this send was a retry of one already received.</summary>
internal sealed record ConfirmationView(ReportSummary Summary, bool AlreadyReceived);
