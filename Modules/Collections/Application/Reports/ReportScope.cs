using NodaTime;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>What every board and report query needs: whose records the reader sees, the directory and the business day.</summary>
internal sealed record ReportScope(Visibility Visibility, OrgDirectory People, LocalDate Today);
