using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Reports;

/// <summary>Builds the <see cref="ReportScope"/> once per request: Finance and the GM see all, others own / team.</summary>
internal sealed class ReportScopeService(CollectionsAccess access, IOrganisation organisation, BusinessClock clock)
{
    private ReportScope? _scope;

    public async Task<ReportScope> CurrentAsync(CancellationToken ct)
    {
        if (_scope is null)
        {
            var visibility = await access.VisibilityAsync(ct);
            var users = await organisation.ActiveUsersAsync(ct);
            _scope = new ReportScope(visibility, new OrgDirectory(users, visibility), clock.Today);
        }
        return _scope;
    }
}
