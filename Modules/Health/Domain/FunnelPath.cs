using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// One assigned lead's way down the funnel: when it was assigned, first touched, its deal opened (need clarified), the
/// proposal accepted, the contract signed and the deal paid. A later step reached implies the earlier ones (a deal
/// opened without a logged touch still responded).
/// </summary>
internal sealed record FunnelPath(Instant AssignedAt, Instant? FirstTouchAt, Instant? DealOpenedAt, Instant? ProposalAcceptedAt,
    Instant? ContractSignedAt, Instant? PaidAt)
{
    public static readonly IReadOnlyList<FunnelStep> Steps = Enum.GetValues<FunnelStep>();

    public Instant? At(FunnelStep step) => step switch
    {
        FunnelStep.Assigned => AssignedAt,
        FunnelStep.Responded => FirstTouchAt,
        FunnelStep.NeedClarified => DealOpenedAt,
        FunnelStep.ProposalAccepted => ProposalAcceptedAt,
        FunnelStep.ContractSigned => ContractSignedAt,
        _ => PaidAt,
    };

    public bool Reached(FunnelStep step) => Steps.Where(s => s >= step).Any(s => At(s) is not null);

    /// <summary>Hours from the previous step to this one, when both are known and in order.</summary>
    public double? HoursFromPrevious(FunnelStep step) =>
        step > FunnelStep.Assigned && At(step - 1) is { } from && At(step) is { } to && to >= from ? (to - from).TotalHours : null;
}
