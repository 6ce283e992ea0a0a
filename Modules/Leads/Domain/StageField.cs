using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A typed field a deal must carry before it leaves the stage. Choice options are "|"-separated.</summary>
internal sealed class StageField : IAuditable
{
    public const int MaxLabel = 100;
    public const int MaxOptions = 1000;

    private StageField() { }

    public StageField(Guid id, Guid stageId, string label, FieldType type, bool required, string? options, int position)
    {
        Id = id;
        StageId = stageId;
        Label = label;
        Type = type;
        Required = required;
        Options = options;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid StageId { get; private set; }
    public string Label { get; private set; } = "";
    public FieldType Type { get; private set; }
    public bool Required { get; private set; }
    public string? Options { get; private set; }
    public int Position { get; private set; }

    public string AuditId => Id.ToString();

    public IReadOnlyList<string> Choices =>
        (Options ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
