using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Data;

namespace SalesSuite.Health.Application.Projection;

/// <summary>
/// The settings the projector reads (how tags are understood), loaded once per scope: a rebuild applies a million events
/// with one read.
/// </summary>
internal sealed class ProjectionSettings(HealthDbContext db)
{
    private (string NoObstacle, IReadOnlyList<string> Competitor)? _loaded;

    public string NoObstacleTag => Load().NoObstacle;

    public IReadOnlyList<string> CompetitorWords => Load().Competitor;

    private (string NoObstacle, IReadOnlyList<string> Competitor) Load()
    {
        if (_loaded is null)
        {
            var settings = db.Settings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefault() ?? new Domain.HealthSettings();
            _loaded = (settings.NoObstacleTag, settings.CompetitorWordList);
        }
        return _loaded.Value;
    }
}
