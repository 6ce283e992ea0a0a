using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>An opportunity of one customer, owned by one person, moving through a pipeline's stages.</summary>
internal sealed class Deal : IVersioned, IAuditable
{
    private Deal() { }

    public Deal(Guid id, Guid customerId, Guid ownerId, Guid pipelineId, Guid stageId, string title, decimal? expectedAmount, Instant now)
    {
        Id = id;
        CustomerId = customerId;
        OwnerId = ownerId;
        PipelineId = pipelineId;
        StageId = stageId;
        Title = title;
        ExpectedAmount = expectedAmount;
        OpenedAt = now;
        StageEnteredAt = now;
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid PipelineId { get; private set; }
    public Guid StageId { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Product line (e.g. 袋式除尘滤芯); the cycle-time comparison prefers deals of the same line.</summary>
    public string? ProductLine { get; set; }
    public decimal? ExpectedAmount { get; private set; }
    public DealStatus Status { get; private set; }
    public Instant OpenedAt { get; private set; }
    public Instant StageEnteredAt { get; private set; }
    public Instant? ClosedAt { get; private set; }
    public string CompletedStages { get; private set; } = "";
    public bool CanQuote { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public IReadOnlySet<Guid> Completed =>
        CompletedStages.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToHashSet();

    public Duration TimeInStage(Instant now) => now - StageEnteredAt;

    /// <summary>Leaves the current stage (now completed) for the target; returns the time spent in the left stage.</summary>
    public Duration MoveTo(Guid targetStageId, Instant now)
    {
        var spent = now - StageEnteredAt;
        var completed = Completed.Append(StageId).Distinct();
        CompletedStages = string.Join(',', completed);
        StageId = targetStageId;
        StageEnteredAt = now;
        return spent;
    }

    public void SetQuoting(bool canQuote) => CanQuote = canQuote;

    public void HandTo(Guid ownerId) => OwnerId = ownerId;

    public void Close(bool won, Instant now)
    {
        Status = won ? DealStatus.Won : DealStatus.Lost;
        ClosedAt = now;
    }
}
