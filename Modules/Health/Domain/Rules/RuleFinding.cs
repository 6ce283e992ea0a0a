namespace SalesSuite.Health.Domain.Rules;

/// <summary>
/// A rule's verdict on one person: the explanation ("key|arg|arg", see <see cref="HealthAction.Explanation"/>) and the
/// records behind it.
/// </summary>
internal sealed record RuleFinding(string Rule, Guid UserId, string Explanation, IReadOnlyList<RecordRef> Evidence);
