namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>
/// The three plans proposed for the payment schedule: the house standard (30/60/10), a front-loaded one that brings
/// cash in earlier (50/40/10, acceptance after 60 days) and a longer one for customers who need to spread the cost
/// over a year (20% down, then four quarterly 20% instalments).
/// </summary>
internal static class InstalmentPlans
{
    public static IReadOnlyList<InstalmentPlan> All { get; } =
    [
        new(InstalmentPlanKind.Standard, PaymentScheduleText.Default),
        new(InstalmentPlanKind.FrontLoaded, [new("预付款", 50m, 0), new("发货款", 40m, 30), new("验收款", 10m, 60)]),
        new(InstalmentPlanKind.Longer,
            [new("首付款", 20m, 0), new("第一期", 20m, 90), new("第二期", 20m, 180), new("第三期", 20m, 270), new("尾款", 20m, 360)]),
    ];

    public static InstalmentPlan Of(InstalmentPlanKind kind) => All.Single(p => p.Kind == kind);

    /// <summary>The plan whose milestones the schedule equals, or null when the salesperson keeps their own.</summary>
    public static InstalmentPlanKind? Matching(IReadOnlyList<PaymentItem> schedule) =>
        All.FirstOrDefault(p => p.Items.SequenceEqual(schedule))?.Kind;
}
