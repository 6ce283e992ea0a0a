using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Domain;

/// <summary>Tech feasibility → Finance cost lock → Legal → margin review (below minimum) → GM above an amount.</summary>
internal static class DefaultChain
{
    public const decimal GeneralManagerThreshold = 500_000m;

    public static IReadOnlyList<ChainStepRule> Create() =>
    [
        new(Guid.NewGuid(), 10, StepKind.Tech, Roles.Tech, 24),
        new(Guid.NewGuid(), 20, StepKind.Finance, Roles.Finance, 24, urgentSlaHours: 4),
        new(Guid.NewGuid(), 30, StepKind.Legal, Roles.Legal, 48),
        new(Guid.NewGuid(), 40, StepKind.MarginReview, Roles.SalesDirector, 24) { OnlyBelowMinimumMargin = true },
        new(Guid.NewGuid(), 50, StepKind.GeneralManager, Roles.GeneralManager, 24) { MinAmount = GeneralManagerThreshold },
    ];
}
