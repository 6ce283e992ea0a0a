using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Corrections;

/// <summary>One correction as the history shows it: when, by whom, why, which fields, and the values before it.</summary>
public sealed record CorrectionLine(
    Instant At, string ByName, string? Reason, IReadOnlyList<string> Fields, string OldObjective, string OldSummary,
    string OldObstacleTags, bool OldWarning)
{
    internal static CorrectionLine Of(FollowUpCorrection c, IReadOnlyDictionary<Guid, string> names) => new(
        c.At, names.TryGetValue(c.ByUserId, out var n) ? n : "—", c.Reason, c.FieldList, c.OldObjective.ToString(), c.OldSummary,
        c.OldObstacleTags, c.OldWarning);
}
