using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Domain;

/// <summary>A stage move the rules refuse, with every problem (each names its field or stage) so the form shows them all.</summary>
internal sealed class StageMoveRefused(IReadOnlyList<MoveProblem> problems)
    : DomainException(problems[0].Key, problems[0].Argument)
{
    public IReadOnlyList<MoveProblem> Problems { get; } = problems;
}
