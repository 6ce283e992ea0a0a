namespace SalesSuite.Health.Domain;

/// <summary>A stage of a Leads pipeline with its amber / red days, as Leads last published it (PipelineChanged).</summary>
internal sealed class PipelineStage
{
    private PipelineStage() { }

    public PipelineStage(Guid pipelineId, string pipelineName, string name, int position, int? amberDays, int? redDays, bool skippable)
    {
        PipelineId = pipelineId;
        PipelineName = pipelineName;
        Name = name;
        Position = position;
        AmberDays = amberDays;
        RedDays = redDays;
        Skippable = skippable;
    }

    public Guid PipelineId { get; private set; }
    public string PipelineName { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Position { get; private set; }
    public int? AmberDays { get; private set; }
    public int? RedDays { get; private set; }
    public bool Skippable { get; private set; }

    public void Change(string pipelineName, int position, int? amberDays, int? redDays, bool skippable)
    {
        PipelineName = pipelineName;
        Position = position;
        AmberDays = amberDays;
        RedDays = redDays;
        Skippable = skippable;
    }

    /// <summary>Red / amber / green for a stay of <paramref name="days"/> days.</summary>
    public Rag Colour(double days) =>
        RedDays is { } r && days >= r ? Rag.Red : AmberDays is { } a && days >= a ? Rag.Amber : Rag.Green;
}
