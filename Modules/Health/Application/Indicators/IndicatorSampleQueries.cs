using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>
/// Reads the read-model rows of a window of business weeks (filtered in the database by the reader's visibility) and
/// turns each into its samples through <see cref="IndicatorMath"/>. Profile completeness reads every current customer
/// (a state, not an event: its "week" is the customer's first week, for the trend).
/// </summary>
internal sealed class IndicatorSampleQueries(HealthDbContext db, Periods periods, IClock clock)
{
    public async Task<List<IndicatorSample>> LoadAsync(Visibility visibility, LocalDate fromWeek, LocalDate toWeek,
        IReadOnlyList<ThresholdView> thresholds, CancellationToken ct)
    {
        var window = (From: periods.StartOf(fromWeek), To: periods.StartOf(toWeek.PlusWeeks(1)));
        var now = clock.GetCurrentInstant();
        var samples = new List<IndicatorSample>();
        await LeadsAsync(samples, visibility, window.From, window.To, now, ct);
        await FollowUpsAsync(samples, visibility, fromWeek, toWeek, ct);
        await StepsAsync(samples, visibility, fromWeek, toWeek, thresholds.Single(t => t.Indicator.Code == Indicator.CrossDeptResponse).Green, ct);
        await QuotesAsync(samples, visibility, window.From, window.To, now, ct);
        await HandOversAsync(samples, visibility, window.From, window.To, now, ct);
        await CustomersAsync(samples, visibility, thresholds.Single(t => t.Indicator.Code == Indicator.ProfileCompleteness).Green, ct);
        return samples;
    }

    private async Task LeadsAsync(List<IndicatorSample> samples, Visibility visibility, Instant from, Instant to, Instant now, CancellationToken ct)
    {
        var leads = await db.Leads.AsNoTracking()
            .Where(l => l.OwnerId != null && l.AssignedAt >= from && l.AssignedAt < to)
            .VisibleTo(visibility, l => l.OwnerId)
            .Select(l => new { l.LeadId, l.Source, OwnerId = l.OwnerId!.Value, l.TeamId, AssignedAt = l.AssignedAt!.Value, l.FirstTouchAt,
                l.NeedConfirmedAt, l.ReleasedAt })
            .ToListAsync(ct);
        foreach (var l in leads)
        {
            var record = new RecordRef(RecordRef.Lead, l.LeadId, l.Source);
            var week = periods.WeekOf(l.AssignedAt);
            if (IndicatorMath.NeedWaited(l.AssignedAt, l.NeedConfirmedAt, l.ReleasedAt, now) is { } waited)
            {
                samples.Add(new IndicatorSample(Indicator.NeedWaiting, l.OwnerId, l.TeamId, week, waited ? 1 : 0, 1, l.AssignedAt, record, waited,
                    ((l.NeedConfirmedAt ?? now) - l.AssignedAt).TotalHours));
            }
            if (IndicatorMath.TouchedInTime(l.AssignedAt, l.FirstTouchAt, l.ReleasedAt, now) is { } touched)
            {
                samples.Add(new IndicatorSample(Indicator.FirstTouch, l.OwnerId, l.TeamId, week, touched ? 1 : 0, 1, l.AssignedAt, record, !touched,
                    ((l.FirstTouchAt ?? now) - l.AssignedAt).TotalHours));
            }
        }
    }

    private async Task FollowUpsAsync(List<IndicatorSample> samples, Visibility visibility, LocalDate fromWeek, LocalDate toWeek,
        CancellationToken ct)
    {
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.Week >= fromWeek && f.Week <= toWeek)
            .VisibleTo(visibility, f => f.OwnerId)
            .Select(f => new { f.FollowUpId, f.OwnerId, f.TeamId, f.CustomerId, f.DealId, f.Week, f.At, f.Tagged, f.Objective })
            .ToListAsync(ct);
        foreach (var f in followUps)
        {
            var record = new RecordRef(RecordRef.Customer, f.CustomerId, f.Objective, f.DealId, f.CustomerId);
            samples.Add(new IndicatorSample(Indicator.ObstacleTagging, f.OwnerId, f.TeamId, f.Week, f.Tagged ? 1 : 0, 1, f.At, record, !f.Tagged));
            samples.Add(new IndicatorSample(Indicator.CorrectionRate, f.OwnerId, f.TeamId, f.Week, 0, 1, f.At));
        }
        var corrections = await db.Corrections.AsNoTracking()
            .Where(c => c.Week >= fromWeek && c.Week <= toWeek)
            .VisibleTo(visibility, c => c.OwnerId)
            .Select(c => new { c.OwnerId, c.TeamId, c.Week, c.At, c.RecordType, c.RecordId, c.CustomerId })
            .ToListAsync(ct);
        samples.AddRange(corrections.Select(c => new IndicatorSample(Indicator.CorrectionRate, c.OwnerId, c.TeamId, c.Week, 1, 0, c.At,
            new RecordRef(c.RecordType, c.RecordId, c.RecordType, null, c.CustomerId), Bad: true)));
    }

    /// <summary>Stage tasks other roles did (collaboration; response time) and quote approval steps (response time).</summary>
    private async Task StepsAsync(List<IndicatorSample> samples, Visibility visibility, LocalDate fromWeek, LocalDate toWeek, double slowHours,
        CancellationToken ct)
    {
        var steps = await db.Steps.AsNoTracking()
            .Where(s => s.Week >= fromWeek && s.Week <= toWeek && !s.Skipped && (s.Kind == StepKind.Task || s.Kind == StepKind.Approval))
            .VisibleTo(visibility, s => s.OwnerId)
            .Select(s => new { s.Kind, s.Step, s.OwnerId, s.TeamId, s.Week, s.EndedAt, s.DurationHours, s.RecordType, s.RecordId, s.Label,
                s.DealId, s.CustomerId })
            .ToListAsync(ct);
        foreach (var s in steps)
        {
            var record = new RecordRef(s.RecordType, s.RecordId, $"{s.Step} · {s.Label}", s.DealId, s.CustomerId);
            if (s.Kind == StepKind.Task)
            {
                samples.Add(new IndicatorSample(Indicator.Collaboration, s.OwnerId, s.TeamId, s.Week, 1, 0, s.EndedAt, record));
            }
            samples.Add(new IndicatorSample(Indicator.CrossDeptResponse, s.OwnerId, s.TeamId, s.Week, s.DurationHours, 1, s.EndedAt, record,
                s.DurationHours > slowHours, s.DurationHours));
        }
    }

    private async Task QuotesAsync(List<IndicatorSample> samples, Visibility visibility, Instant from, Instant to, Instant now, CancellationToken ct)
    {
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.ApprovedAt != null && q.ApprovedAt >= from && q.ApprovedAt < to)
            .VisibleTo(visibility, q => q.OwnerId)
            .Select(q => new { q.QuoteId, q.DealId, q.CustomerId, q.Version, q.OwnerId, q.TeamId, ApprovedAt = q.ApprovedAt!.Value, q.FeedbackAt })
            .ToListAsync(ct);
        foreach (var q in quotes)
        {
            if (IndicatorMath.AnsweredInTime(q.ApprovedAt, q.FeedbackAt, now) is { } answered)
            {
                samples.Add(new IndicatorSample(Indicator.QuoteFeedback, q.OwnerId, q.TeamId, periods.WeekOf(q.ApprovedAt), answered ? 1 : 0, 1,
                    q.ApprovedAt, new RecordRef(RecordRef.Quote, q.QuoteId, q.Version, q.DealId, q.CustomerId), !answered,
                    ((q.FeedbackAt ?? now) - q.ApprovedAt).TotalHours));
            }
        }
    }

    private async Task HandOversAsync(List<IndicatorSample> samples, Visibility visibility, Instant from, Instant to, Instant now,
        CancellationToken ct)
    {
        var items = await db.HandOvers.AsNoTracking()
            .Where(h => h.At >= from && h.At < to)
            .VisibleTo(visibility, h => h.ToUserId)
            .Join(db.Customers, h => h.CustomerId, c => c.CustomerId, (h, c) => new { h.ToUserId, h.TeamId, h.At, h.FirstFollowUpAt, h.CustomerId,
                c.Code, c.Name })
            .ToListAsync(ct);
        foreach (var h in items)
        {
            if (IndicatorMath.HandOverFollowedUp(h.At, h.FirstFollowUpAt, now) is { } followed)
            {
                samples.Add(new IndicatorSample(Indicator.HandOverCompleteness, h.ToUserId, h.TeamId, periods.WeekOf(h.At), followed ? 1 : 0, 1, h.At,
                    new RecordRef(RecordRef.Customer, h.CustomerId, $"{h.Code} {h.Name}".Trim(), null, h.CustomerId), !followed,
                    ((h.FirstFollowUpAt ?? now) - h.At).TotalHours));
            }
        }
    }

    /// <summary>Every current customer with a known profile, by its current owner.</summary>
    private async Task CustomersAsync(List<IndicatorSample> samples, Visibility visibility, double targetFields, CancellationToken ct)
    {
        var customers = await db.Customers.AsNoTracking()
            .Where(c => c.OwnerId != null && c.MergedInto == null && c.ProfileTotal > 0)
            .VisibleTo(visibility, c => c.OwnerId)
            .Select(c => new { c.CustomerId, c.Code, c.Name, OwnerId = c.OwnerId!.Value, c.TeamId, c.Since, c.ProfileFilled })
            .ToListAsync(ct);
        samples.AddRange(customers.Select(c => new IndicatorSample(Indicator.ProfileCompleteness, c.OwnerId, c.TeamId, periods.WeekOf(c.Since),
            c.ProfileFilled, 1, c.Since, new RecordRef(RecordRef.Customer, c.CustomerId, $"{c.Code} {c.Name}".Trim(), null, c.CustomerId),
            c.ProfileFilled < targetFields, c.ProfileFilled)));
    }
}
