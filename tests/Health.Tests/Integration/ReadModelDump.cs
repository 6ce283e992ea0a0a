using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Health.Data;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>Every read-model row as text, in a stable order: two dumps are equal when the numbers are the same.</summary>
internal static class ReadModelDump
{
    public static Task<string> DumpAsync(this AppFactory app) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<HealthDbContext>();
        var lines = new List<string>();
        lines.AddRange((await db.Steps.AsNoTracking().ToListAsync()).Select(s =>
            $"step {s.Id} {s.Kind} {s.Step} {s.OwnerId} {s.TeamId} {s.RecordId} {s.Week} {s.DurationHours:F2} {s.DelayHours:F2} {s.Skipped} {s.Breached}"));
        lines.AddRange((await db.StepTotals.AsNoTracking().ToListAsync()).Select(t =>
            $"step-total {t.Week} {t.Kind} {t.Step} {t.OwnerId} {t.TeamId} {t.Count} {t.Skipped} {t.Breached} {t.DelayHours:F2}"));
        lines.AddRange((await db.Leads.AsNoTracking().ToListAsync()).Select(l =>
            $"lead {l.LeadId} {l.OwnerId} {l.AssignedAt} {l.FirstTouchAt} {l.NeedConfirmedAt} {l.ReleasedAt}"));
        lines.AddRange((await db.Deals.AsNoTracking().ToListAsync()).Select(d =>
            $"deal {d.DealId} {d.OwnerId} {d.Stage} {d.StageEnteredAt} {d.State} {d.ProposalAcceptedAt} {d.ContractSignedAt} {d.PaidAt}"));
        lines.AddRange((await db.Quotes.AsNoTracking().ToListAsync()).Select(q =>
            $"quote {q.QuoteId} {q.ApprovedAt} {q.FeedbackAt} {q.AcceptedAt} {q.BreachedSteps}"));
        lines.AddRange((await db.FollowUps.AsNoTracking().ToListAsync()).Select(f =>
            $"followup {f.FollowUpId} {f.Objective} {f.Tagged} {f.NoObstacle} {f.Competitor} {f.IntervalHours:F2} {f.Corrections}"));
        lines.AddRange((await db.Customers.AsNoTracking().ToListAsync()).Select(c =>
            $"customer {c.CustomerId} {c.OwnerId} {c.ProfileFilled}/{c.ProfileTotal} {c.FollowUps} {c.MilestonesPaid} {c.LateDays} {c.DealsWon} {c.CompetitorMentions}"));
        lines.AddRange((await db.Corrections.AsNoTracking().ToListAsync()).Select(c => $"correction {c.Id} {c.OwnerId} {c.Day}"));
        lines.AddRange((await db.HandOvers.AsNoTracking().ToListAsync()).Select(h => $"handover {h.Id} {h.CustomerId} {h.FirstFollowUpAt}"));
        lines.AddRange((await db.Stages.AsNoTracking().ToListAsync()).Select(s => $"stage {s.PipelineId} {s.Name} {s.AmberDays} {s.RedDays}"));
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    });
}
