using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Intake;

/// <summary>The form's answer: the new lead, or the possible duplicates to choose from (nothing saved then).</summary>
internal sealed record IntakeResult(Lead? Lead, IReadOnlyList<Customer> Duplicates)
{
    public bool NeedsChoice => Lead is null;
}
