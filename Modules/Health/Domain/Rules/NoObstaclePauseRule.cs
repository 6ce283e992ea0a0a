using NodaTime;

namespace SalesSuite.Health.Domain.Rules;

/// <summary>
/// The seeds' "3 days of follow-ups tagged 'no obstacle'" read as: over the last <see cref="HealthSettings.PauseDays"/>
/// business days (today included) the person logged follow-ups on every one of those days, more than
/// <see cref="HealthSettings.PauseMinFollowUps"/> in all, and every one of them was tagged "no obstacle" — a sign the
/// tagging is done by rote, so new leads wait until a manager has looked.
/// </summary>
internal static class NoObstaclePauseRule
{
    /// <param name="followUps">The person's follow-ups of (at least) the window.</param>
    /// <param name="freshAfter">Cool-down: the evidence must hold a follow-up after this (the previous action's end).</param>
    public static RuleFinding? Evaluate(Guid userId, IReadOnlyList<FollowUpFact> followUps, LocalDate today, HealthSettings settings,
        Instant? freshAfter = null)
    {
        var days = BusinessDays.LastN(today, Math.Max(1, settings.PauseDays));
        var window = followUps.Where(f => f.OwnerId == userId && days.Contains(f.Day)).OrderBy(f => f.At).ToList();
        if (window.Count <= settings.PauseMinFollowUps
            || window.Any(f => !f.NoObstacle)
            || days.Any(d => window.All(f => f.Day != d))
            || (freshAfter is { } after && window.All(f => f.At <= after)))
        {
            return null;
        }
        var evidence = window.Select(f => new RecordRef(RecordRef.Customer, f.CustomerId, $"{f.Day:yyyy-MM-dd} {f.Objective}", null, f.CustomerId))
            .ToList();
        return new RuleFinding(HealthRules.NoObstaclePause, userId,
            Explanation.Of("Rule_Explain_Pause", window.Count, days.Count, days[^1].ToString("yyyy-MM-dd", null), today.ToString("yyyy-MM-dd", null)),
            evidence);
    }
}
