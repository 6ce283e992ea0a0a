using FluentValidation;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.Chain;

/// <summary>The role is one that can decide a step; SLAs between 1 hour and 30 days.</summary>
internal sealed class ChainAddStepInputValidator : AbstractValidator<ChainAddStepInput>
{
    public ChainAddStepInputValidator()
    {
        RuleFor(x => x.Role).Must(r => r is not null && ApprovalChain.AssignableRoles.Contains(r)).WithMessage("Appr_Error_Role");
        RuleFor(x => x.SlaHours).InclusiveBetween(1, 720).WithMessage("Chain_Error_Sla");
        RuleFor(x => x.UrgentSlaHours).InclusiveBetween(1, 720).When(x => x.UrgentSlaHours is not null)
            .WithMessage("Chain_Error_UrgentSla");
    }
}
