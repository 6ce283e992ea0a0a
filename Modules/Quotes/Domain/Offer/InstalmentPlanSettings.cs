using System.Globalization;
using System.Text.Json;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>
/// The three instalment plans as the director or Finance configured them (one row; until saved, the built-in
/// <see cref="InstalmentPlans.All"/>). Each plan's shares add up to exactly 100 % and its days after signing ascend.
/// </summary>
internal sealed class InstalmentPlanSettings : IAuditable, IVersioned
{
    public const int MaxItems = 8;
    public const int MaxName = 20;
    public const int MaxDays = 3650;
    public static readonly Guid SingletonId = new("0b7e2a51-3c6d-4f1e-8a90-5d2c4b1e7f02");
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private IReadOnlyList<InstalmentPlan>? _plans;

    public Guid Id { get; private set; } = SingletonId;
    /// <summary>The plans as JSON ([{kind, items: [{name, percent, dueDaysAfterSigning}]}]); null = the built-in ones.</summary>
    public string? PlansJson { get; private set; }
    public int Version { get; set; }
    public string AuditId => "instalment-plans";

    public IReadOnlyList<InstalmentPlan> Plans => _plans ??=
        string.IsNullOrEmpty(PlansJson) ? InstalmentPlans.All : JsonSerializer.Deserialize<List<InstalmentPlan>>(PlansJson, Options)!;

    public InstalmentPlan Of(InstalmentPlanKind kind) => Plans.Single(p => p.Kind == kind);

    /// <summary>The plan whose milestones the schedule equals, or null when the salesperson keeps their own.</summary>
    public InstalmentPlanKind? Matching(IReadOnlyList<PaymentItem> schedule) =>
        Plans.FirstOrDefault(p => p.Items.SequenceEqual(schedule))?.Kind;

    /// <summary>Replaces the three plans; refuses (keys Gap_Plans_Error_*, with the plan's number) before changing anything.</summary>
    public void Change(IReadOnlyList<InstalmentPlan> plans)
    {
        var kinds = Enum.GetValues<InstalmentPlanKind>();
        DomainException.ThrowIf(plans.Count != kinds.Length || kinds.Any(k => plans.Count(p => p.Kind == k) != 1), "Gap_Plans_Error_Plans");
        var ordered = kinds.Select(k => plans.Single(p => p.Kind == k)).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            Check(i + 1, ordered[i].Items);
        }
        PlansJson = JsonSerializer.Serialize(ordered, Options);
        _plans = null;
    }

    private static void Check(int number, IReadOnlyList<PaymentItem> items)
    {
        DomainException.ThrowIf(items.Count is 0 or > MaxItems, "Gap_Plans_Error_Count", number, MaxItems);
        DomainException.ThrowIf(
            items.Any(x => string.IsNullOrWhiteSpace(x.Name) || x.Name.Trim().Length > MaxName || x.Name != x.Name.Trim()),
            "Gap_Plans_Error_Name", number, MaxName);
        DomainException.ThrowIf(
            items.Any(x => x.Percent <= 0m || x.Percent > 100m || decimal.Round(x.Percent, 2) != x.Percent), "Gap_Plans_Error_Percent", number);
        var sum = items.Sum(x => x.Percent);
        DomainException.ThrowIf(sum != 100m, "Gap_Plans_Error_Sum", number, sum.ToString("0.##", CultureInfo.InvariantCulture));
        DomainException.ThrowIf(items.Any(x => x.DueDaysAfterSigning is < 0 or > MaxDays), "Gap_Plans_Error_DaysRange", number, MaxDays);
        DomainException.ThrowIf(
            items.Zip(items.Skip(1)).Any(pair => pair.Second.DueDaysAfterSigning <= pair.First.DueDaysAfterSigning), "Gap_Plans_Error_Days", number);
    }
}
