namespace SalesSuite.Health.Domain.Process;

/// <summary>The step with the largest share of delay: share of all delay and of its kind's delay, in %.</summary>
internal sealed record Headline(StepKind Kind, string Step, double ShareOfAll, double ShareOfKind);
