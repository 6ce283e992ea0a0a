using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// Tech feasibility → Finance cost lock → Legal → margin review (below minimum) → GM above an amount. Used in memory
/// until the chain is first saved; the ids are fixed so a form built from the defaults names the same steps when saved.
/// </summary>
internal static class DefaultChain
{
    public const decimal GeneralManagerThreshold = 500_000m;

    public static IReadOnlyList<ChainStepRule> Create() =>
    [
        new(StepId(1), 10, StepKind.Tech, Roles.Tech, 24),
        new(StepId(2), 20, StepKind.Finance, Roles.Finance, 24, urgentSlaHours: 4),
        new(StepId(3), 30, StepKind.Legal, Roles.Legal, 48),
        new(StepId(4), 40, StepKind.MarginReview, Roles.SalesDirector, 24) { OnlyBelowMinimumMargin = true },
        new(StepId(5), 50, StepKind.GeneralManager, Roles.GeneralManager, 24) { MinAmount = GeneralManagerThreshold },
    ];

    private static Guid StepId(int n) => new($"5e1c0a7d-3b2f-4d8e-9a61-0000000000{n:00}");
}
