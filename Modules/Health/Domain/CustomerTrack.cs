using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// A customer as the grading model and the profile indicator read it: owner, profile completeness, and running totals
/// of payment punctuality, purchases, activity and competitor mentions.
/// </summary>
internal sealed class CustomerTrack
{
    private CustomerTrack() { }

    public CustomerTrack(Guid customerId, string code, string name, Guid? ownerId, Guid? teamId, string? customerType, Instant since)
    {
        CustomerId = customerId;
        Code = code;
        Name = name.Length > 200 ? name[..200] : name;
        OwnerId = ownerId;
        TeamId = teamId;
        CustomerType = customerType;
        Since = since;
    }

    public Guid CustomerId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid? OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public string? CustomerType { get; private set; }
    public string? Tier { get; private set; }
    public Instant Since { get; private set; }
    public int ProfileFilled { get; private set; }
    public int ProfileTotal { get; private set; }
    public string MissingFields { get; private set; } = "";
    public int FollowUps { get; private set; }
    public Instant? LastFollowUpAt { get; private set; }
    public int CompetitorMentions { get; private set; }
    public int MilestonesPaid { get; private set; }
    public int LateDays { get; private set; }
    public int MilestonesLate { get; private set; }
    public int DealsWon { get; private set; }
    public double WonCycleDays { get; private set; }
    public int QuotesAccepted { get; private set; }
    public Instant? LastPurchaseAt { get; private set; }
    public Guid? MergedInto { get; private set; }

    public RecordRef Record => new(RecordRef.Customer, CustomerId, $"{Code} {Name}".Trim(), null, CustomerId);

    public void Rename(string code, string name)
    {
        Code = code;
        Name = name.Length > 200 ? name[..200] : name;
    }

    public void HandTo(Guid? ownerId, Guid? teamId)
    {
        OwnerId = ownerId;
        TeamId = teamId;
    }

    public void Profile(int filled, int total, IReadOnlyList<string> missing, string? customerType, string? tier)
    {
        ProfileFilled = filled;
        ProfileTotal = total;
        MissingFields = string.Join(',', missing);
        CustomerType = customerType ?? CustomerType;
        Tier = tier;
    }

    /// <summary>Returns the hours since the previous follow-up, if any.</summary>
    public double? FollowedUp(Instant at, bool competitor)
    {
        var interval = LastFollowUpAt is { } last && at > last ? (at - last).TotalHours : (double?)null;
        FollowUps++;
        CompetitorMentions += competitor ? 1 : 0;
        if (LastFollowUpAt is null || at > LastFollowUpAt)
        {
            LastFollowUpAt = at;
        }
        return interval;
    }

    public void MilestonePaid(int daysLate)
    {
        MilestonesPaid++;
        LateDays += Math.Max(0, daysLate);
        MilestonesLate += daysLate > 0 ? 1 : 0;
    }

    public void Won(Duration cycle)
    {
        DealsWon++;
        WonCycleDays += cycle.TotalDays;
    }

    public void Purchased(Instant at)
    {
        QuotesAccepted++;
        if (LastPurchaseAt is null || at > LastPurchaseAt)
        {
            LastPurchaseAt = at;
        }
    }

    /// <summary>The merged customer's history is added to the survivor's.</summary>
    public void Absorb(CustomerTrack merged)
    {
        FollowUps += merged.FollowUps;
        CompetitorMentions += merged.CompetitorMentions;
        MilestonesPaid += merged.MilestonesPaid;
        LateDays += merged.LateDays;
        MilestonesLate += merged.MilestonesLate;
        DealsWon += merged.DealsWon;
        WonCycleDays += merged.WonCycleDays;
        QuotesAccepted += merged.QuotesAccepted;
        LastFollowUpAt = Max(LastFollowUpAt, merged.LastFollowUpAt);
        LastPurchaseAt = Max(LastPurchaseAt, merged.LastPurchaseAt);
        merged.MergedInto = CustomerId;
    }

    private static Instant? Max(Instant? a, Instant? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
