using NodaTime;

namespace SalesSuite.Health.Domain.Rules;

/// <summary>
/// Of the leads the person holds that were assigned in the last 30 days, more than
/// <see cref="HealthSettings.ReviewSharePercent"/> % have waited longer than <see cref="HealthSettings.ReviewWaitHours"/> h
/// without their need being confirmed → the person's manager reviews them within <see cref="HealthSettings.ReviewDueHours"/> h.
/// </summary>
internal static class WaitingReviewRule
{
    public static readonly Duration Window = Duration.FromDays(30);

    /// <param name="freshAfter">Cool-down: a waiting lead must have crossed the limit after this (the previous review's end).</param>
    public static RuleFinding? Evaluate(Guid userId, IReadOnlyList<LeadTrack> leads, Instant now, HealthSettings settings, Instant? freshAfter = null)
    {
        var limit = Duration.FromHours(settings.ReviewWaitHours);
        var held = leads.Where(l => l.OwnerId == userId && l.ReleasedAt is null && l.AssignedAt is { } a && a >= now - Window).ToList();
        var waiting = held.Where(l => l.NeedConfirmedAt is null && l.AssignedAt!.Value + limit < now).OrderBy(l => l.AssignedAt).ToList();
        if (held.Count == 0 || waiting.Count * 100m / held.Count <= settings.ReviewSharePercent
            || (freshAfter is { } after && waiting.All(l => l.AssignedAt!.Value + limit <= after)))
        {
            return null;
        }
        var share = Math.Round(waiting.Count * 100m / held.Count, 0);
        return new RuleFinding(HealthRules.WaitingReview, userId,
            Explanation.Of("Rule_Explain_Review", waiting.Count, held.Count, share, settings.ReviewWaitHours, settings.ReviewSharePercent),
            waiting.Select(l => new RecordRef(RecordRef.Lead, l.LeadId, string.IsNullOrEmpty(l.Source) ? l.LeadId.ToString("N")[..8] : l.Source))
                .ToList());
    }
}
