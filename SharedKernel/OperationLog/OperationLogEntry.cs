using NodaTime;

namespace SalesSuite.SharedKernel.OperationLog;

/// <summary>One state change: who, what operation, which entity, when, and the fields' before/after (JSON).</summary>
public sealed class OperationLogEntry
{
    private OperationLogEntry() { Operation = EntityType = EntityId = ChangesJson = string.Empty; }

    public OperationLogEntry(Guid id, Guid? actorUserId, string operation, string entityType, string entityId, Instant at, string changesJson)
    {
        Id = id;
        ActorUserId = actorUserId;
        Operation = operation;
        EntityType = entityType;
        EntityId = entityId;
        At = at;
        ChangesJson = changesJson;
    }

    public Guid Id { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public string Operation { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public Instant At { get; private set; }
    public string ChangesJson { get; private set; }

    public IReadOnlyList<FieldChange> ReadChanges() =>
        System.Text.Json.JsonSerializer.Deserialize<List<FieldChange>>(ChangesJson) ?? [];
}
