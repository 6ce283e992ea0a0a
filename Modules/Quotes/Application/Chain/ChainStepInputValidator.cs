using FluentValidation;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.Chain;

/// <summary>SLAs between 1 hour and 30 days; amounts not negative; discounts are percentages.</summary>
internal sealed class ChainStepInputValidator : AbstractValidator<ChainStepInput>
{
    public ChainStepInputValidator()
    {
        RuleFor(x => x.SlaHours).InclusiveBetween(1, 720).WithMessage("Chain_Error_Sla");
        RuleFor(x => x.UrgentSlaHours).InclusiveBetween(1, 720).When(x => x.UrgentSlaHours is not null)
            .WithMessage("Chain_Error_UrgentSla");
        RuleFor(x => x.MinAmount).GreaterThanOrEqualTo(0m).When(x => x.MinAmount is not null).WithMessage("Chain_Error_MinAmount");
        RuleFor(x => x.MinDiscountPercent).InclusiveBetween(0m, 100m).When(x => x.MinDiscountPercent is not null)
            .WithMessage("Chain_Error_MinDiscount");
        RuleFor(x => x.RequiredTag).MaximumLength(TextLimits.RequiredTag).WithMessage("Chain_Error_TagLength")
            .WithState(_ => new object[] { TextLimits.RequiredTag });
    }
}
