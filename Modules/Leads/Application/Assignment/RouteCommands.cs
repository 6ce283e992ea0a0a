using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Assignment;

/// <summary>The director's assignment options beside the per-source rules: the technical win-rate route and the deviation rule.</summary>
internal sealed class RouteCommands(UnitOfWork<LeadsDbContext> uow, ModuleSettings<LeadsDbContext, RouteSettings> routes)
{
    public async Task SaveAsync(RouteInput input, CancellationToken ct)
    {
        var row = await routes.ForChangeAsync(ct);
        StaleEditException.ThrowIfChanged(input.Version, row.Version);
        row.Change(
            new TechnicalRoute(input.RouteOn, RouteSettings.Tags(input.Tags), input.MinWinRate, input.RouteDays),
            new DeviationRule(input.DeviationDays, input.PerDay, input.CountsManual));
        await uow.CommitAsync("RouteSettings.Change", ct);
    }
}
