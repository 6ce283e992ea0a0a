using Ardalis.Specification;
using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// Active breached steps that may owe an escalation: not escalated yet, or at level 1 and breached before
/// <c>secondLevelCutoff</c>. <see cref="EscalationPolicy"/> decides the level.
/// </summary>
internal sealed class EscalationCandidatesSpec : Specification<ApprovalStep>
{
    public EscalationCandidatesSpec(Instant secondLevelCutoff) =>
        Query.Where(s => s.Status == StepStatus.Active && s.BreachedAt != null
            && (s.EscalationLevel == 0 || (s.EscalationLevel == 1 && s.BreachedAt <= secondLevelCutoff)));
}
