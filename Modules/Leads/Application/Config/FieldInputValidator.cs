using FluentValidation;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>A label and a known type; a choice field needs its options.</summary>
internal sealed class FieldInputValidator : AbstractValidator<FieldInput>
{
    public FieldInputValidator()
    {
        RuleFor(x => x.Label).Must(l => !string.IsNullOrWhiteSpace(l)).WithMessage("Field_Invalid");
        RuleFor(x => x.Type).Must((input, _) => input.FieldType is not null).WithMessage("Field_Invalid");
        RuleFor(x => x.Options).Must(o => !string.IsNullOrWhiteSpace(o)).When(x => x.FieldType == FieldType.Choice)
            .WithMessage("Field_Invalid");
    }
}
