using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A director-defined sequence of deal stages.</summary>
internal sealed class Pipeline : IVersioned, IAuditable
{
    private Pipeline() { }

    public Pipeline(Guid id, string name, bool isDefault = false)
    {
        Id = id;
        Name = name;
        IsDefault = isDefault;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool IsDefault { get; private set; }
    public List<Stage> Stages { get; private set; } = [];
    /// <summary>
    /// A fingerprint of the stages as last announced to other modules (<c>PipelineChanged</c>); null: never announced.
    /// Compared with the current one, it tells whether the pipeline has to be announced (again).
    /// </summary>
    public string? PublishedFingerprint { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public IReadOnlyList<Stage> Ordered => Stages.OrderBy(s => s.Position).ToList();

    /// <summary>Records that the stages with this fingerprint were announced; false when that state was announced already.</summary>
    public bool MarkPublished(string fingerprint)
    {
        if (PublishedFingerprint == fingerprint)
        {
            return false;
        }
        PublishedFingerprint = fingerprint;
        return true;
    }

    public Stage AddStage(Guid id, string name, bool skippable = false)
    {
        var stage = new Stage(id, Id, name, Stages.Count == 0 ? 1 : Stages.Max(s => s.Position) + 1, skippable);
        Stages.Add(stage);
        return stage;
    }
}
