using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// When an overdue approval step escalates: level 1 (the approvers' direct superiors, a copy to the deal's sales
/// manager) as soon as the breach is recorded; level 2 (the configured role) once <c>secondLevelAfter</c> has passed
/// since the breach. A decided or cancelled step never escalates; each level happens once.
/// </summary>
internal static class EscalationPolicy
{
    public const int MaxLevel = 2;

    public static int? DueLevel(ApprovalStep step, Instant now, Duration secondLevelAfter)
    {
        if (step.Status != StepStatus.Active || step.BreachedAt is not { } breached)
        {
            return null;
        }
        return step.EscalationLevel switch
        {
            0 => 1,
            1 when now >= breached + secondLevelAfter => 2,
            _ => null,
        };
    }
}
