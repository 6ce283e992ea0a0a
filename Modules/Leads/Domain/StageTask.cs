using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Work a stage trigger hands to a role when a deal enters a stage (e.g. Tech gets the customer's equipment
/// parameters). Details hold the deal's stage-field values at the moment of the move.
/// </summary>
internal sealed class StageTask : IAuditable, IVersioned
{
    private StageTask() { }

    public StageTask(Guid id, Guid dealId, Guid customerId, string role, string title, string details, Instant createdAt)
    {
        Id = id;
        DealId = dealId;
        CustomerId = customerId;
        Role = role;
        Title = title;
        Details = details;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public string Role { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Details { get; private set; } = "";
    public Instant CreatedAt { get; private set; }
    public Instant? DoneAt { get; private set; }
    public Guid? DoneBy { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public bool IsOpen => DoneAt is null;

    /// <summary>Who may complete it: people in the task's role, or managers.</summary>
    public bool CanComplete(Func<string, bool> isInRole, bool isManager) => isManager || isInRole(Role);

    public void Complete(Guid by, Instant now)
    {
        DomainException.ThrowIf(DoneAt is not null, "Tasks_AlreadyDone");
        DoneAt = now;
        DoneBy = by;
    }

    /// <summary>"Label: value" lines of the fields that have a value, in pipeline order.</summary>
    public static string FormatDetails(IEnumerable<(string Label, string? Value)> fields) =>
        string.Join('\n', fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => $"{f.Label}: {f.Value}"));
}
