using FluentValidation;

namespace SalesSuite.Stores.Application.Config;

/// <summary>The same ranges as <see cref="Domain.StoresSettings.Change"/>, with its messages, next to each field.</summary>
internal sealed class SettingsInputValidator : AbstractValidator<SettingsInput>
{
    public SettingsInputValidator()
    {
        RuleFor(x => x.ClusterThreshold).InclusiveBetween(1, 10_000).WithMessage("Settings_Error_Threshold");
        RuleFor(x => x.SameQuestionDays).InclusiveBetween(2, 14).WithMessage("Settings_Error_SameQuestionDays");
        RuleFor(x => x.QualityWeightPercent).InclusiveBetween(0, 100).WithMessage("Settings_Error_Weight");
        RuleFor(x => x.DuplicateSimilarityPercent).InclusiveBetween(50, 100).WithMessage("Settings_Error_Similarity");
        RuleFor(x => x.DailyQuotaMegabytes).InclusiveBetween(1, 1000).WithMessage("Settings_Error_Quota");
    }
}
