using FluentValidation;

namespace SalesSuite.Leads.Application.Config;

internal sealed class StageInputValidator : AbstractValidator<StageInput>
{
    public const int MaxName = 100;

    public StageInputValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= MaxName).WithMessage("Stage_NameRequired");
    }
}
