using FluentValidation;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

internal sealed class PromotionInputValidator : AbstractValidator<PromotionInput>
{
    public PromotionInputValidator()
    {
        RuleFor(x => x.Code).Must(c => !string.IsNullOrWhiteSpace(c) && c.Trim().Length <= Promotion.CodeMaxLength)
            .WithMessage("Promotion_Error_Code").WithState(_ => new object[] { Promotion.CodeMaxLength });
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= Promotion.NameMaxLength)
            .WithMessage("Promotion_Error_Name").WithState(_ => new object[] { Promotion.NameMaxLength });
        RuleFor(x => x.Type).Must(PromotionType.IsKnown).WithMessage("Promotion_Error_Type");
        RuleFor(x => x.StartsOn).Must((x, _) => x.Starts is not null).WithMessage("Config_Error_StartsOn");
        RuleFor(x => x.EndsOn).Must((x, _) => x.Ends is not null).WithMessage("Config_Error_EndsOn");
        RuleFor(x => x.EndsOn).Must((x, _) => x.Ends >= x.Starts).When(x => x.Starts is not null && x.Ends is not null)
            .WithMessage("Promotion_Error_Dates");
        RuleFor(x => x.Instructions).MaximumLength(Promotion.InstructionsMaxLength)
            .WithMessage("Promotion_Error_Instructions").WithState(_ => new object[] { Promotion.InstructionsMaxLength });
    }
}
