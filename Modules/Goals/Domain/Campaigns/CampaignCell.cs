namespace SalesSuite.Goals.Domain.Campaigns;

/// <summary>A customer × step cell: done, overdue (past its due date, not done) or open.</summary>
internal enum CellState
{
    Open,
    Done,
    Overdue,
}

/// <summary>
/// One customer's state at one step: evidence counted so far (<see cref="Count"/>) against what the step needs
/// (<see cref="Needed"/>), and who the evidence was credited to (for the drill-down).
/// </summary>
internal sealed record CampaignCell(int Step, CellState State, int Count, int Needed, Guid? EvidenceUserId);
