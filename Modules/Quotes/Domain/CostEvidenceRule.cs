using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Domain;

/// <summary>An urgent quote's costs are locked (Finance approves its step) only once Finance's cost evidence is attached.</summary>
internal static class CostEvidenceRule
{
    public static bool Required(Quote quote, ApprovalStep step, bool approve) => approve && quote.Urgent && step.Kind == StepKind.Finance;

    public static void EnsureBeforeLock(Quote quote, ApprovalStep step, bool approve, bool hasEvidence) =>
        DomainException.ThrowIf(Required(quote, step, approve) && !hasEvidence, "Appr_Error_EvidenceRequired", quote.Number);
}
