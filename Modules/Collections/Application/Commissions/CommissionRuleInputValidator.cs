using FluentValidation;
using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>The form's own checks; the rule checks the rest (tiers rising, amounts to the fen) when it is changed.</summary>
internal sealed class CommissionRuleInputValidator : AbstractValidator<CommissionRuleInput>
{
    public CommissionRuleInputValidator()
    {
        RuleFor(x => x.ProductLine).MaximumLength(CommissionRule.KeyMaxLength)
            .WithMessage("CommissionRule_Error_KeyTooLong").WithState(_ => new object[] { CommissionRule.KeyMaxLength });
        RuleFor(x => x.CustomerType).MaximumLength(CommissionRule.KeyMaxLength)
            .WithMessage("CommissionRule_Error_KeyTooLong").WithState(_ => new object[] { CommissionRule.KeyMaxLength });
        RuleFor(x => x.BaseRate).NotNull().WithMessage("CommissionRule_Error_RateRequired");
        RuleFor(x => x.BaseRate).InclusiveBetween(0m, 100m).WithMessage("CommissionRule_Error_Rate");
        RuleFor(x => x.Tiers).Must(t => t.Count(x => !x.IsEmpty) <= CommissionRule.MaxTiers)
            .WithMessage("CommissionRule_Error_TooManyTiers").WithState(_ => new object[] { CommissionRule.MaxTiers });
        RuleForEach(x => x.Tiers).Must(t => t.IsEmpty || (t.From is not null && t.Rate is not null))
            .WithMessage("CommissionRule_Error_TierIncomplete");
        RuleForEach(x => x.Tiers).Must(t => t.Rate is null or (>= 0m and <= 100m)).WithMessage("CommissionRule_Error_Rate");
        RuleForEach(x => x.Tiers).Must(t => t.From is null or > 0m).WithMessage("CommissionRule_Error_TierFrom");
    }
}
