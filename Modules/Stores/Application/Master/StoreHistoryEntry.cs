using NodaTime;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.Stores.Application.Master;

/// <summary>One change of a store from the operation log: who, which operation, the fields' before → after.</summary>
internal sealed record StoreHistoryEntry(Instant At, Guid? ActorUserId, string Operation, IReadOnlyList<FieldChange> Changes);
