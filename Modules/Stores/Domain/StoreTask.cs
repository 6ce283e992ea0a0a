using NodaTime;

namespace SalesSuite.Stores.Domain;

/// <summary>What a task on the tablet asks for (code stored; the name is the resource key <c>TaskKind_{code}</c>).</summary>
internal static class StoreTaskKind
{
    /// <summary>Headquarters pushed a response playbook (应对话术包) after a feedback cluster.</summary>
    public const string Playbook = "playbook";
    /// <summary>A supervisor's or headquarters' one-off request.</summary>
    public const string Request = "request";
}

/// <summary>A task pushed to a store's managers, shown on the tablet's day page until done.</summary>
internal sealed class StoreTask
{
    public const int TitleMaxLength = 100;
    public const int BodyMaxLength = 2000;

    public StoreTask(Guid id, Guid storeId, string kind, string title, string? body, string? link, Guid? sourceId, Instant createdAt,
        LocalDate? dueOn)
    {
        Id = id;
        StoreId = storeId;
        Kind = kind;
        Title = title;
        Body = body;
        Link = link;
        SourceId = sourceId;
        CreatedAt = createdAt;
        DueOn = dueOn;
    }

    private StoreTask()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public string Kind { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public string? Body { get; private set; }
    public string? Link { get; private set; }
    /// <summary>What raised it (an issue cluster's id for a playbook).</summary>
    public Guid? SourceId { get; private set; }
    public Instant CreatedAt { get; private set; }
    public LocalDate? DueOn { get; private set; }
    public Instant? DoneAt { get; private set; }
    public Guid? DoneBy { get; private set; }
    public int Version { get; set; }

    public bool IsOpen => DoneAt is null;

    public void Complete(Guid by, Instant at)
    {
        if (DoneAt is null)
        {
            DoneAt = at;
            DoneBy = by;
        }
    }
}
