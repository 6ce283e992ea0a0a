using NodaTime;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Actions;

/// <summary>One action as the list shows it (explanation still "key|args": the page renders it in the reader's language).</summary>
internal sealed record ActionRow(Guid Id, ActionKind Kind, string Rule, string UserName, string? SubjectName, string Explanation,
    IReadOnlyList<RecordRef> Evidence, Instant StartedAt, Instant? Until, Instant? EndedAt, bool Reversed, string? EndedByName,
    string? EndReason, int Version, bool CanReverse, bool CanMarkDone)
{
    public bool IsActive => EndedAt is null;
}
