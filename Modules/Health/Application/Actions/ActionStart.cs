using NodaTime;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Actions;

/// <summary>
/// What starting an action needs: the kind, the person it applies to (or who must act), the subject (reviewed person,
/// graded customer), the rule, the explanation and evidence, when it lifts by itself, and a label for notifications.
/// </summary>
internal sealed record ActionStart(ActionKind Kind, Guid UserId, Guid? SubjectId, string Rule, string Explanation,
    IReadOnlyList<RecordRef> Evidence, Instant? Until, string Label = "");
