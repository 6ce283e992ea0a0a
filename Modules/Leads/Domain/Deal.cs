using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// An opportunity of one customer, owned by one person, moving forward through a pipeline's stages. Whether it may be
/// quoted follows from the stages it completed (<see cref="StageRules.CanQuote"/>), recomputed on every stage change.
/// </summary>
internal sealed class Deal : IVersioned, IAuditable
{
    public const int MaxProductLine = 100;
    public const int MaxCloseReason = 500;
    public const int MaxTitle = 200;

    private Deal() { }

    public Deal(
        Guid id, Guid customerId, Guid ownerId, Guid pipelineId, Guid stageId, string title, decimal? expectedAmount, Instant now,
        string? productLine = null)
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
        ProductLine = string.IsNullOrWhiteSpace(productLine) ? null : productLine.Trim();
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid PipelineId { get; private set; }
    public Guid StageId { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Product line (e.g. 袋式除尘滤芯); the cycle-time comparison prefers deals of the same line.</summary>
    public string? ProductLine { get; private set; }
    public decimal? ExpectedAmount { get; private set; }
    public DealStatus Status { get; private set; }
    public Instant OpenedAt { get; private set; }
    public Instant StageEnteredAt { get; private set; }
    public Instant? ClosedAt { get; private set; }
    public string CompletedStages { get; private set; } = "";
    public bool CanQuote { get; private set; }
    /// <summary>When Collections reported every milestone of the deal's contract paid (成交闭环).</summary>
    public Instant? ClosedLoopAt { get; private set; }
    /// <summary>The lead the deal was opened from (its need confirmed), when there is one (<see cref="Lead.IsOriginFor"/>).</summary>
    public Guid? LeadId { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public IReadOnlySet<Guid> Completed =>
        CompletedStages.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToHashSet();

    public Duration TimeInStage(Instant now) => now - StageEnteredAt;

    /// <summary>Opens a deal in the pipeline's first stage. Refuses without stages, without a title or with a bad amount.</summary>
    public static Deal Open(
        Guid id, Guid customerId, Guid ownerId, Pipeline pipeline, string? title, decimal? amount, string? productLine, Instant now)
    {
        DomainException.ThrowIf(pipeline.Ordered.Count == 0, "Deal_NoPipeline");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(title), "Deal_TitleRequired");
        DomainException.ThrowIf(title!.Trim().Length > MaxTitle, "Deal_TitleTooLong", MaxTitle);
        DomainException.ThrowIf(amount < 0, "Deal_AmountInvalid");
        DomainException.ThrowIf(productLine?.Trim().Length > MaxProductLine, "Deal_ProductLineTooLong", MaxProductLine);
        var ordered = pipeline.Ordered;
        var deal = new Deal(id, customerId, ownerId, pipeline.Id, ordered[0].Id, title!.Trim(), amount, now, productLine);
        deal.CanQuote = StageRules.CanQuote(ordered, deal.Completed);
        return deal;
    }

    /// <summary>Records the lead the deal was opened from; a deal keeps the first lead it was linked to.</summary>
    public void LinkLead(Lead lead)
    {
        DomainException.ThrowIf(!lead.IsOriginFor(CustomerId, OwnerId), "Deal_LeadNotOrigin");
        LeadId ??= lead.Id;
    }

    /// <summary>
    /// Moves forward by the stage machine's rules (<see cref="StageRules.CheckMove"/>) with the values the deal carries
    /// for the stage it leaves; refuses with every problem at once (<see cref="StageMoveRefused"/>).
    /// </summary>
    public DealMove Move(IReadOnlyList<Stage> ordered, Guid targetStageId, IReadOnlyDictionary<Guid, string?> values, Instant now)
    {
        DomainException.ThrowIf(Status != DealStatus.Open, "Deal_NotOpen");
        var check = StageRules.CheckMove(ordered, StageId, targetStageId, Completed, values);
        if (!check.Allowed)
        {
            throw new StageMoveRefused(check.Problems);
        }
        var from = ordered.First(s => s.Id == StageId);
        var to = ordered.First(s => s.Id == targetStageId);
        var couldQuote = CanQuote;
        var spent = Enter(ordered, targetStageId, now);
        return new DealMove(from, to, spent, check.Skipped.Select(s => s.Name).ToList(), couldQuote != CanQuote);
    }

    /// <summary>
    /// Places the deal in a stage without the move rules: only for demo data and imported history, where the stages
    /// were passed elsewhere. Quoting eligibility still follows the completed stages.
    /// </summary>
    public Duration PlaceInStage(IReadOnlyList<Stage> ordered, Guid stageId, Instant now) => Enter(ordered, stageId, now);

    public void HandTo(Guid ownerId) => OwnerId = ownerId;

    /// <summary>Closes an open deal; a lost deal needs the reason.</summary>
    public void Close(bool won, string? reason, Instant now)
    {
        ConflictRefusal.ThrowIfAlready(Status != DealStatus.Open, "Deal_NotOpen");
        DomainException.ThrowIf(!won && string.IsNullOrWhiteSpace(reason), "Deal_CloseReasonRequired");
        DomainException.ThrowIf(reason?.Trim().Length > MaxCloseReason, "Deal_CloseReasonTooLong", MaxCloseReason);
        Status = won ? DealStatus.Won : DealStatus.Lost;
        ClosedAt = now;
    }

    /// <summary>The money is in (成交闭环): marked once; true only the first time.</summary>
    public bool MarkClosedLoop(Instant now)
    {
        if (ClosedLoopAt is not null)
        {
            return false;
        }
        ClosedLoopAt = now;
        return true;
    }

    /// <summary>Leaves the current stage (now completed) for the target; returns the time spent in the left stage.</summary>
    private Duration Enter(IReadOnlyList<Stage> ordered, Guid targetStageId, Instant now)
    {
        var spent = now - StageEnteredAt;
        CompletedStages = string.Join(',', Completed.Append(StageId).Distinct());
        StageId = targetStageId;
        StageEnteredAt = now;
        CanQuote = StageRules.CanQuote(ordered, Completed);
        return spent;
    }
}
