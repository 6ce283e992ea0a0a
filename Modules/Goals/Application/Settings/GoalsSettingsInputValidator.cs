using FluentValidation;

namespace SalesSuite.Goals.Application.Settings;

/// <summary>The same ranges as <see cref="Domain.GoalsSettings"/>, so each field gets its own message.</summary>
internal sealed class GoalsSettingsInputValidator : AbstractValidator<GoalsSettingsInput>
{
    public GoalsSettingsInputValidator()
    {
        RuleFor(x => x.RewardSharePercent).InclusiveBetween(0, 100).WithMessage("Settings_Error_Share");
        RuleFor(x => x.RewardTopPercent).GreaterThan(0).LessThanOrEqualTo(100).WithMessage("Settings_Error_Top");
        RuleFor(x => x.MissedDays).InclusiveBetween(1, 14).WithMessage("Settings_Error_MissedDays");
        RuleFor(x => x.HighActivityPercent).InclusiveBetween(1, 1000).WithMessage("Settings_Error_Percent");
        RuleFor(x => x.LowConversionPercent).InclusiveBetween(1, 1000).WithMessage("Settings_Error_Percent");
        RuleForEach(x => x.Template).Must(l => l.Remove || l.PerWeek is >= 0 and <= 100).WithMessage("Settings_Error_Template");
    }
}
