using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// One logged follow-up as the indicators read it: objective, whether it was tagged at all, tagged "no obstacle", or
/// named a competitor, and the hours since the owner's previous follow-up with the same customer (behaviour heatmap).
/// </summary>
internal sealed class FollowUpFact
{
    private FollowUpFact() { }

    public FollowUpFact(Guid followUpId, Guid ownerId, Guid? teamId, Guid customerId, Guid? dealId, Guid? leadId, Instant at,
        LocalDate day, LocalDate week, string objective, TagReading tags, bool warning, double? intervalHours)
    {
        FollowUpId = followUpId;
        OwnerId = ownerId;
        TeamId = teamId;
        CustomerId = customerId;
        DealId = dealId;
        LeadId = leadId;
        At = at;
        Day = day;
        Week = week;
        Objective = objective.Length > 50 ? objective[..50] : objective;
        Tagged = tags.Any;
        NoObstacle = tags.NoObstacle;
        Competitor = tags.Competitor;
        Warning = warning;
        IntervalHours = intervalHours;
    }

    public Guid FollowUpId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid? DealId { get; private set; }
    public Guid? LeadId { get; private set; }
    public Instant At { get; private set; }
    /// <summary>Business day (Asia/Shanghai).</summary>
    public LocalDate Day { get; private set; }
    public LocalDate Week { get; private set; }
    public string Objective { get; private set; } = "";
    public bool Tagged { get; private set; }
    public bool NoObstacle { get; private set; }
    public bool Competitor { get; private set; }
    public bool Warning { get; private set; }
    public double? IntervalHours { get; private set; }
    public int Corrections { get; private set; }

    public void Corrected() => Corrections++;
}
