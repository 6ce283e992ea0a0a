namespace SalesSuite.Health.Domain;

/// <summary>The hand-offs between roles Health times (the step code of a <see cref="StepKind.HandOff"/> sample).</summary>
internal static class HandOffs
{
    /// <summary>Manager / rule → salesperson: a lead assigned or claimed until its first follow-up.</summary>
    public const string LeadToFirstTouch = "lead-first-touch";

    /// <summary>Salesperson → Finance: a quote accepted until its contract exists.</summary>
    public const string AcceptedToContract = "accepted-contract";

    /// <summary>Salesperson → salesperson: a customer handed over until the receiver's first follow-up.</summary>
    public const string HandOverToFollowUp = "handover-follow-up";

    /// <summary>Approved quote → customer: the quote went out until the customer answered (follow-up or acceptance).</summary>
    public const string QuoteToFeedback = "quote-feedback";

    public static readonly IReadOnlyList<string> All = [LeadToFirstTouch, AcceptedToContract, HandOverToFollowUp, QuoteToFeedback];

    /// <summary>Target time per hand-off (hours) beyond which the wait counts as delay.</summary>
    public static double TargetHours(string code) => code switch
    {
        LeadToFirstTouch => 2,
        AcceptedToContract => 24,
        HandOverToFollowUp => 72,
        QuoteToFeedback => 48,
        _ => 24,
    };
}
