using NodaTime;

namespace SalesSuite.Health.Domain.Rules;

/// <summary>
/// A customer of the person has had at least <see cref="HealthSettings.FreezeAfterFollowUps"/> follow-ups yet fewer than
/// <see cref="HealthSettings.FreezeMinFields"/> key profile fields filled → the person's quoting is frozen until next
/// Monday. A customer whose profile Leads never reported (no key-field count) is not judged.
/// </summary>
internal static class ProfileFreezeRule
{
    /// <param name="freshAfter">Cool-down: a customer counts only with a follow-up after this (the previous freeze's end).</param>
    public static RuleFinding? Evaluate(Guid userId, IReadOnlyList<CustomerTrack> customers, HealthSettings settings, Instant? freshAfter = null)
    {
        var thin = customers
            .Where(c => c.OwnerId == userId && c.MergedInto is null && c.ProfileTotal > 0)
            .Where(c => c.FollowUps >= settings.FreezeAfterFollowUps && c.ProfileFilled < settings.FreezeMinFields)
            .Where(c => freshAfter is not { } after || c.LastFollowUpAt > after)
            .OrderBy(c => c.ProfileFilled).ThenByDescending(c => c.FollowUps)
            .ToList();
        if (thin.Count == 0)
        {
            return null;
        }
        var worst = thin[0];
        return new RuleFinding(HealthRules.ProfileFreeze, userId,
            Explanation.Of("Rule_Explain_Freeze", thin.Count, worst.Record.Label, worst.ProfileFilled, worst.FollowUps, settings.FreezeMinFields),
            thin.Select(c => c.Record).ToList());
    }
}
