namespace SalesSuite.Health.Domain;

/// <summary>The rows of the breakpoint heatmap: which kind of process step a sample measures.</summary>
internal enum StepKind
{
    /// <summary>Days a deal spent in a pipeline stage (step = stage name); a skipped stage is a sample with Skipped.</summary>
    Stage,

    /// <summary>An approval step of a quote (step = the Quotes step code, e.g. Legal), from its start to the decision.</summary>
    Approval,

    /// <summary>A collection milestone (step = milestone name): days late against its due date.</summary>
    Milestone,

    /// <summary>A stage task another role did for a deal (step = the role), from creation to completion.</summary>
    Task,

    /// <summary>A hand-off between roles (step = a <see cref="HandOffs"/> code), from the handing act to the receiver's first act.</summary>
    HandOff,
}
