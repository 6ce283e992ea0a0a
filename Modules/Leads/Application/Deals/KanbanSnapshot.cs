using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// Every open deal of the default pipeline as kanban cards with their owners, read once per change token and shared
/// by every viewer (<see cref="Live.LiveRenderCache"/>); <see cref="For"/> keeps what one viewer may see.
/// </summary>
internal sealed record KanbanSnapshot(
    string PipelineName, IReadOnlyList<(Guid Id, string Name)> Stages, IReadOnlyList<(Guid OwnerId, DealCard Card)> Cards)
{
    public static readonly KanbanSnapshot Empty = new("", [], []);

    /// <summary>The board of a viewer: the cards whose owner the viewer may see, in the snapshot's order.</summary>
    public DealBoard For(Visibility visibility) =>
        new(PipelineName, Stages, Cards.Where(c => visibility.CanSee(c.OwnerId)).Select(c => c.Card).ToList());
}
