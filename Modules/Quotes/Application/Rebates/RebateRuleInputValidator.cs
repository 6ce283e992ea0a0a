using FluentValidation;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.Rebates;

/// <summary>An amount band from ≥ 0 up to a larger maximum; a percentage range within 0–100; payout days ≥ 0.</summary>
internal sealed class RebateRuleInputValidator : AbstractValidator<RebateRuleInput>
{
    public RebateRuleInputValidator()
    {
        RuleFor(x => x.MinAmount).GreaterThanOrEqualTo(0m).WithMessage("Rebate_Error_MinAmount");
        RuleFor(x => x.MaxAmount).GreaterThan(x => x.MinAmount).When(x => x.MaxAmount is not null).WithMessage("Rebate_Error_MaxAmount");
        RuleFor(x => x.MinPercent).GreaterThanOrEqualTo(0m).WithMessage("Rebate_Error_Percent");
        RuleFor(x => x.MaxPercent).GreaterThanOrEqualTo(x => x.MinPercent).LessThanOrEqualTo(100m).WithMessage("Rebate_Error_Percent");
        RuleFor(x => x.RuleCustomerType).MaximumLength(TextLimits.RebateCode).WithMessage("Rebate_Error_TextLength");
        RuleFor(x => x.RuleProductCode).MaximumLength(TextLimits.RebateCode).WithMessage("Rebate_Error_TextLength");
        RuleFor(x => x.Documents).MaximumLength(TextLimits.RebateText).WithMessage("Rebate_Error_TextLength");
        RuleFor(x => x.PayoutDays).GreaterThanOrEqualTo(0).WithMessage("Rebate_Error_PayoutDays");
    }
}
