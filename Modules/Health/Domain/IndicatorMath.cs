using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// The health model's rules over single records and over counted samples: which record counts for an indicator, whether
/// it counts as good, and how the counts make the indicator's value. Pure functions (no clock, no database).
/// </summary>
internal static class IndicatorMath
{
    /// <summary>Need confirmation: a lead waiting longer than this after assignment counts as waiting.</summary>
    public static readonly Duration NeedWindow = Duration.FromHours(48);
    public static readonly Duration TouchWindow = Duration.FromHours(2);
    public static readonly Duration FeedbackWindow = Duration.FromHours(48);
    public static readonly Duration HandOverWindow = Duration.FromDays(7);

    /// <summary>
    /// Need waiting: true when the lead had no deal (need confirmation) more than 48 h after assignment; false when it
    /// was confirmed in time; null when it does not count (released untouched, or assigned less than 48 h ago and
    /// not confirmed yet).
    /// </summary>
    public static bool? NeedWaited(Instant assignedAt, Instant? confirmedAt, Instant? releasedAt, Instant now) =>
        releasedAt is not null ? null : !InTime(assignedAt, confirmedAt, NeedWindow, now);

    /// <summary>First touch: true when the first follow-up came within 2 h; null when released untouched or still within 2 h.</summary>
    public static bool? TouchedInTime(Instant assignedAt, Instant? firstTouchAt, Instant? releasedAt, Instant now) =>
        releasedAt is not null ? null : InTime(assignedAt, firstTouchAt, TouchWindow, now);

    /// <summary>Quote feedback: true when the customer answered within 48 h of approval; null while the 48 h run.</summary>
    public static bool? AnsweredInTime(Instant approvedAt, Instant? feedbackAt, Instant now) =>
        InTime(approvedAt, feedbackAt, FeedbackWindow, now);

    /// <summary>Hand-over: true when the receiver followed the customer up within 7 days; null while the 7 days run.</summary>
    public static bool? HandOverFollowedUp(Instant handedAt, Instant? firstFollowUpAt, Instant now) =>
        InTime(handedAt, firstFollowUpAt, HandOverWindow, now);

    /// <summary>Done within the window (true), late or not done after it (false), not done and the window still open (null).</summary>
    public static bool? InTime(Instant from, Instant? done, Duration window, Instant now) =>
        done is { } d ? d - from <= window : now - from > window ? false : null;

    /// <summary>A share in % (null without anything counted).</summary>
    public static double? Share(double part, double whole) => whole <= 0 ? null : 100.0 * part / whole;

    public static double? Average(double sum, double count) => count <= 0 ? null : sum / count;

    /// <summary>Collaboration: tasks per person per week.</summary>
    public static double? PerWeek(double count, int people, int weeks) => people <= 0 || weeks <= 0 ? null : count / (people * weeks);

    /// <summary>
    /// An indicator's value from its samples' sums: a share for the % indicators (the correction rate = corrections
    /// per 100 follow-ups: corrections are the numerator, follow-ups the denominator), tasks per person-week for
    /// collaboration, an average otherwise (profile fields, response hours).
    /// </summary>
    public static double? Value(Indicator indicator, double numerator, double denominator) => indicator.Unit switch
    {
        IndicatorUnit.Percent => Share(numerator, denominator),
        IndicatorUnit.PerWeek => denominator <= 0 ? null : numerator / denominator,
        _ => Average(numerator, denominator),
    };
}
