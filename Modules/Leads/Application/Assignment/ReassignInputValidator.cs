using FluentValidation;

namespace SalesSuite.Leads.Application.Assignment;

internal sealed class ReassignInputValidator : AbstractValidator<ReassignInput>
{
    public ReassignInputValidator()
    {
        RuleFor(x => x.ToUserId).NotEqual(Guid.Empty).WithMessage("Reassign_ReasonRequired");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Reassign_ReasonRequired");
    }
}
