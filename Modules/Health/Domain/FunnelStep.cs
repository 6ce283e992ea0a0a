namespace SalesSuite.Health.Domain;

/// <summary>The funnel's steps, from a lead assigned to a deal paid.</summary>
internal enum FunnelStep
{
    Assigned,
    Responded,
    NeedClarified,
    ProposalAccepted,
    ContractSigned,
    Paid,
}
