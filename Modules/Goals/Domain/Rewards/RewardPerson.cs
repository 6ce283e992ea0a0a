using NodaTime;

namespace SalesSuite.Goals.Domain;

/// <summary>A person in a target's scope as the reward split sees them: a contract or not, and when it was completed.</summary>
internal sealed record RewardPerson(Guid UserId, string Name, bool HasContract, Instant? CompletedAt);
