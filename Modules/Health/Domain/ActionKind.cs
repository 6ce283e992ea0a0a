namespace SalesSuite.Health.Domain;

/// <summary>What an automatic action does (the rules in the issue, plus the grade strategies).</summary>
internal enum ActionKind
{
    /// <summary>No new leads for the person (AssignmentPaused / AssignmentResumed).</summary>
    PauseAssignment,

    /// <summary>The person may not submit quotes until next Monday (QuotingFrozen / QuotingUnfrozen).</summary>
    FreezeQuoting,

    /// <summary>A supervisor review of the person's waiting leads, due within hours (ReviewRequested).</summary>
    SupervisorReview,

    /// <summary>Every correction by the person needs a reason and tells the supervisor (TraceModeChanged).</summary>
    TraceMode,

    /// <summary>Grade strategy A+: a support-pack task for the customer's owner.</summary>
    SupportPack,

    /// <summary>Grade strategy C: a supervisor review of the customer within 48 h (ReviewRequested).</summary>
    CustomerReview,
}
