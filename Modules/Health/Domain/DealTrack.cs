using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// A deal as Health follows it along the funnel: current stage and since when, and when it reached each funnel step
/// (proposal accepted, contract signed, paid). <see cref="Sequence"/> skips stale deal events as Quotes' read model does.
/// </summary>
internal sealed class DealTrack
{
    private DealTrack() { }

    public DealTrack(Guid dealId, Guid customerId, Guid ownerId, Guid? teamId, Guid pipelineId, string title, string stage,
        Instant openedAt, Guid? leadId)
    {
        DealId = dealId;
        CustomerId = customerId;
        OwnerId = ownerId;
        TeamId = teamId;
        PipelineId = pipelineId;
        Title = title.Length > 200 ? title[..200] : title;
        Stage = stage;
        StageEnteredAt = openedAt;
        OpenedAt = openedAt;
        LeadId = leadId;
    }

    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public Guid PipelineId { get; private set; }
    public Guid? LeadId { get; private set; }
    public string Title { get; private set; } = "";
    public string Stage { get; private set; } = "";
    public Instant StageEnteredAt { get; private set; }
    public Instant OpenedAt { get; private set; }
    public DealState State { get; private set; }
    public Instant? ClosedAt { get; private set; }
    public Instant? ProposalAcceptedAt { get; private set; }
    public Instant? ContractSignedAt { get; private set; }
    public Guid? ContractId { get; private set; }
    public Instant? PaidAt { get; private set; }
    public long Sequence { get; private set; }

    public RecordRef Record => new(RecordRef.Deal, DealId, Title, DealId, CustomerId);

    /// <summary>False when the event is older than what was applied (sequence 0: not carried, always applied).</summary>
    public bool Accepts(long sequence)
    {
        if (sequence != 0 && sequence <= Sequence)
        {
            return false;
        }
        Sequence = Math.Max(Sequence, sequence);
        return true;
    }

    public void EnterStage(string stage, Instant at)
    {
        Stage = stage;
        StageEnteredAt = at;
    }

    public void HandTo(Guid ownerId, Guid? teamId)
    {
        OwnerId = ownerId;
        TeamId = teamId;
    }

    public void Close(bool won, Instant at)
    {
        State = won ? DealState.Won : DealState.Lost;
        ClosedAt = at;
    }

    public void ProposalAccepted(Instant at) => ProposalAcceptedAt ??= at;

    public void ContractSigned(Guid contractId, Instant at)
    {
        ContractSignedAt ??= at;
        ContractId ??= contractId;
    }

    public void Paid(Instant at) => PaidAt ??= at;
}
