using FluentValidation;

namespace SalesSuite.Health.Application.Thresholds;

internal sealed class ThresholdInputValidator : AbstractValidator<ThresholdInput>
{
    public ThresholdInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Threshold_UnknownIndicator");
        RuleFor(x => x.Green).NotNull().WithMessage("Threshold_Required");
        RuleFor(x => x.Red).NotNull().WithMessage("Threshold_Required");
    }
}
