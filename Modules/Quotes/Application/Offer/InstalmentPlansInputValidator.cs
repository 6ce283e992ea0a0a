using FluentValidation;

namespace SalesSuite.Quotes.Application.Offer;

internal sealed class InstalmentPlansInputValidator : AbstractValidator<InstalmentPlansInput>
{
    public InstalmentPlansInputValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Plans).Must(p => p.Count == 3).WithMessage("Gap_Plans_Error_Plans");
    }
}
