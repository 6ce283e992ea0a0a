namespace SalesSuite.Leads.Domain;

internal sealed record StageMoveCheck(IReadOnlyList<MoveProblem> Problems, IReadOnlyList<Stage> Skipped)
{
    public bool Allowed => Problems.Count == 0;
}
