using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// One stage: its required fields (to fill before leaving it), whether it may be skipped, an optional gate
/// (another stage that must be completed before entering), and whether completing it unlocks quoting.
/// </summary>
internal sealed class Stage : IVersioned, IAuditable
{
    private Stage() { }

    public Stage(Guid id, Guid pipelineId, string name, int position)
    {
        Id = id;
        PipelineId = pipelineId;
        Name = name;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid PipelineId { get; private set; }
    public string Name { get; set; } = "";
    public int Position { get; set; }
    public bool Skippable { get; set; }
    public Guid? RequiresStageId { get; set; }
    public bool UnlocksQuoting { get; set; }
    /// <summary>Trigger on entering: notify everyone in this role (e.g. Tech gets the equipment parameters).</summary>
    public string? NotifyRole { get; set; }
    /// <summary>Trigger on entering: send the director this deal's cycle time against the customer's historic average.</summary>
    public bool NotifyDirectorCycle { get; set; }
    public List<StageField> Fields { get; private set; } = [];
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public StageField AddField(Guid id, string label, FieldType type, bool required = true, string? options = null)
    {
        var field = new StageField(id, Id, label, type, required, options, Fields.Count + 1);
        Fields.Add(field);
        return field;
    }
}
