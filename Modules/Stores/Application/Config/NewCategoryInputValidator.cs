using FluentValidation;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

internal sealed class NewCategoryInputValidator : AbstractValidator<NewCategoryInput>
{
    public NewCategoryInputValidator()
    {
        RuleFor(x => x.Code).Must(ConfigCodes.IsValid)
            .WithMessage("Config_Error_Code").WithState(_ => new object[] { FeedbackCategory.CodeMaxLength });
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= FeedbackCategory.NameMaxLength)
            .WithMessage("Config_Error_Name").WithState(_ => new object[] { FeedbackCategory.NameMaxLength });
    }
}
