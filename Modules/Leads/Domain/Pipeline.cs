using NodaTime;
using SalesSuite.SharedKernel.Domain;
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

    /// <summary>The stages in use (removed ones are kept for history but left out), in position order.</summary>
    public IReadOnlyList<Stage> Ordered => Stages.Where(s => s.RemovedAt is null).OrderBy(s => s.Position).ToList();

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

    /// <summary>
    /// Moves a stage one place up (earlier) or down (later), swapping with its neighbour. Refused when a gate would then
    /// point at a later stage (the gated stage could never be entered); at either end nothing changes (false).
    /// </summary>
    public bool MoveStage(Guid stageId, bool up)
    {
        var ordered = Ordered.ToList();
        var index = ordered.FindIndex(s => s.Id == stageId);
        if (index < 0)
        {
            throw new KeyNotFoundException();
        }
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.Count)
        {
            return false;
        }
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        var position = ordered.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var broken = ordered.FirstOrDefault(s => s.RequiresStageId is { } gate && position.TryGetValue(gate, out var g) && g >= position[s.Id]);
        DomainException.ThrowIf(broken is not null, "Pipe_Stage_ReorderBreaksGate", broken?.Name ?? "",
            ordered.FirstOrDefault(s => s.Id == broken?.RequiresStageId)?.Name ?? "");
        Renumber(ordered);
        return true;
    }

    /// <summary>
    /// Removes a stage from the order (the row stays for history). Refused while open deals are in it
    /// (<paramref name="openDeals"/>), while another stage's gate refers to it, or when it is the last stage.
    /// </summary>
    public void RemoveStage(Guid stageId, int openDeals, Instant now)
    {
        var ordered = Ordered.ToList();
        var stage = ordered.FirstOrDefault(s => s.Id == stageId) ?? throw new KeyNotFoundException();
        DomainException.ThrowIf(openDeals > 0, "Pipe_Stage_RemoveHasDeals", stage.Name, openDeals);
        var gated = ordered.FirstOrDefault(s => s.RequiresStageId == stageId);
        DomainException.ThrowIf(gated is not null, "Pipe_Stage_RemoveIsGate", stage.Name, gated?.Name ?? "");
        DomainException.ThrowIf(ordered.Count == 1, "Pipe_Stage_RemoveLast", stage.Name);
        ordered.Remove(stage);
        stage.MarkRemoved(now);
        Renumber(ordered);
    }

    private static void Renumber(List<Stage> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].PlaceAt(i + 1);
        }
    }
}
