namespace SalesSuite.Leads.Application.Deals;

/// <summary>The kanban of the default pipeline: its stages in order and the visible open deals, longest in stage first.</summary>
internal sealed record DealBoard(string PipelineName, IReadOnlyList<(Guid Id, string Name)> Stages, IReadOnlyList<DealCard> Cards)
{
    public static readonly DealBoard Empty = new("", [], []);
}
