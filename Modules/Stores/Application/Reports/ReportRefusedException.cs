using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>The report was refused for one or more reasons, each next to its field (422; nothing was saved or written).</summary>
internal sealed class ReportRefusedException(IReadOnlyList<ReportProblem> problems)
    : DomainException(problems[0].Key, problems[0].Arguments)
{
    public IReadOnlyList<ReportProblem> Problems { get; } = problems;

    public static ReportRefusedException One(string field, DomainException refusal) => new([new(field, refusal.Key, [.. refusal.Arguments])]);
}
