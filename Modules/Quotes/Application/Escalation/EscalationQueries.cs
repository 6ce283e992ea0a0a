using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Application.List;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Caching;

namespace SalesSuite.Quotes.Application.Escalation;

/// <summary>
/// The escalation to-dos for the signed-in user (as a superior, or through a role), open while the step waits. Computed
/// once per change stamp of the quotes (an escalation, a step or a quote that changes gives it a new value) and per viewer.
/// </summary>
internal sealed class EscalationQueries(QuotesDbContext db, RecordAccess access, QuoteStampQueries stamp, StampedCache<QuotesModule> cache)
{
    public const int Cap = 500;

    public Task<IReadOnlyList<EscalationTodo>> MineAsync(CancellationToken ct) => MineAsync(Cap, ct);

    /// <summary>The oldest <paramref name="take"/> of my open to-dos (the quotes page shows a few and links to the rest).</summary>
    public async Task<IReadOnlyList<EscalationTodo>> MineAsync(int take, CancellationToken ct)
    {
        if (!access.IsSignedIn)
        {
            return [];
        }
        var me = access.UserId;
        var roles = access.RolesOf();
        var key = me.ToString("N") + "|" + string.Join(',', roles.Order(StringComparer.Ordinal)) + "|" + take.ToString(CultureInfo.InvariantCulture);
        return await cache.GetAsync("Escalations", await stamp.TokenAsync(ct), key, () => ComputeAsync(me, roles, take, CancellationToken.None));
    }

    private async Task<IReadOnlyList<EscalationTodo>> ComputeAsync(Guid me, IReadOnlyList<string> roles, int take, CancellationToken ct) =>
        await db.Escalations.AsNoTracking()
            .Where(e => e.AssigneeUserId == me || (e.AssigneeRole != null && roles.Contains(e.AssigneeRole)))
            .Join(db.ApprovalSteps.AsNoTracking().Where(s => s.Status == StepStatus.Active), e => e.StepId, s => s.Id, (e, s) => new { e, s })
            .Join(db.Quotes.AsNoTracking(), x => x.e.QuoteId, q => q.Id, (x, q) => new { x.e, x.s, q })
            .OrderBy(x => x.e.CreatedAt)
            .Take(take)
            .Select(x => new EscalationTodo(
                x.q.Id, x.q.Number, x.q.CustomerName, x.s.Kind, x.s.Role, x.e.Level, x.s.DueAt, x.e.CreatedAt))
            .ToListAsync(ct);
}
