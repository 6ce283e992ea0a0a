using NodaTime;

namespace SalesSuite.Health.Domain.Rules;

/// <summary>
/// More than <see cref="HealthSettings.TraceMaxCorrectionsPerDay"/> corrections of the person's past records on one
/// business day → trace mode (Leads then asks a reason for every correction and tells the supervisor).
/// </summary>
internal static class CorrectionTraceRule
{
    /// <param name="days">The days judged (the work looks at today and yesterday, so a late event still counts).</param>
    /// <param name="freshAfter">Cool-down: the day must hold a correction after this (the previous trace mode's end).</param>
    public static RuleFinding? Evaluate(Guid userId, IReadOnlyList<Correction> corrections, IReadOnlyCollection<LocalDate> days,
        HealthSettings settings, Instant? freshAfter = null)
    {
        var day = corrections
            .Where(c => c.OwnerId == userId && days.Contains(c.Day))
            .GroupBy(c => c.Day)
            .Where(g => g.Count() > settings.TraceMaxCorrectionsPerDay)
            .Where(g => freshAfter is not { } after || g.Any(c => c.At > after))
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        if (day is null)
        {
            return null;
        }
        return new RuleFinding(HealthRules.CorrectionTrace, userId,
            Explanation.Of("Rule_Explain_Trace", day.Count(), day.Key.ToString("yyyy-MM-dd", null), settings.TraceMaxCorrectionsPerDay),
            day.OrderBy(c => c.At).Select(c => c.CustomerId is { } customer
                    ? new RecordRef(RecordRef.Customer, customer, $"{c.RecordType} {c.Day:yyyy-MM-dd}", null, customer)
                    : new RecordRef(c.RecordType, c.RecordId, $"{c.RecordType} {c.Day:yyyy-MM-dd}"))
                .ToList());
    }
}
