using FluentValidation;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.Chain;

/// <summary>The minimum margin is a percentage; a quote is valid for 1 to 365 days by default.</summary>
internal sealed class ChainSettingsInputValidator : AbstractValidator<ChainSettingsInput>
{
    public ChainSettingsInputValidator()
    {
        RuleFor(x => x.MinMarginPercent).InclusiveBetween(0m, 100m).WithMessage("Chain_Error_MinMargin");
        RuleFor(x => x.DefaultValidityDays).InclusiveBetween(1, 365).WithMessage("Chain_Error_Validity");
        RuleFor(x => x.EscalationSecondLevelHours).InclusiveBetween(1, 720).When(x => x.EscalationSecondLevelHours is not null)
            .WithMessage("Appr_Error_SecondLevelHours");
        RuleFor(x => x.EscalationSecondLevelRole).Must(r => ApprovalChain.EscalationRoles.Contains(r!))
            .When(x => x.EscalationSecondLevelRole is not null).WithMessage("Appr_Error_Role");
    }
}
