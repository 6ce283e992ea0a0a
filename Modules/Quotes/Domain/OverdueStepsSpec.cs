using Ardalis.Specification;
using NodaTime;

namespace SalesSuite.Quotes.Domain;

/// <summary>Active steps past their due time whose breach is not recorded yet (the tick records each breach once).</summary>
internal sealed class OverdueStepsSpec : Specification<ApprovalStep>
{
    public OverdueStepsSpec(Instant now) =>
        Query.Where(s => s.Status == StepStatus.Active && s.BreachedAt == null && s.DueAt != null && s.DueAt < now);
}
