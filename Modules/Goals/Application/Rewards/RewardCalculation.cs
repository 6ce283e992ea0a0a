using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Goals.Application.Rewards;

/// <summary>A live calculation of a target's reward pool: the inputs, the people in scope and the outcome.</summary>
internal sealed record RewardCalculation(RewardInputs Inputs, IReadOnlyList<OrgUser> People, RewardOutcome Outcome);
