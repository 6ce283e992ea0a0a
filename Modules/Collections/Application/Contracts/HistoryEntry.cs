using NodaTime;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>One operation-log row shown on a page: who did which operation to what, and the fields it changed.</summary>
internal sealed record HistoryEntry(Instant At, Guid? ActorUserId, string Operation, string EntityType, IReadOnlyList<FieldChange> Changes);
