using System.Linq.Expressions;
using FluentValidation;

namespace SalesSuite.Health.Application.RuleSettings;

internal sealed class GradingSettingsInputValidator : AbstractValidator<GradingSettingsInput>
{
    public GradingSettingsInputValidator()
    {
        InRange(x => x.WeightPayment, 0, 100);
        InRange(x => x.WeightSpeed, 0, 100);
        InRange(x => x.WeightTier, 0, 100);
        InRange(x => x.WeightCompetition, 0, 100);
        RuleFor(x => x.WeightPayment + x.WeightSpeed + x.WeightTier + x.WeightCompetition).Equal(100)
            .OverridePropertyName(nameof(GradingSettingsInput.WeightPayment)).WithMessage("Grade_Error_WeightSum");
        InRange(x => x.GradingIntervalHours, 1, 720);
        InRange(x => x.GradeAPlusFrom, 1, 100);
        InRange(x => x.GradeAFrom, 1, 100);
        InRange(x => x.GradeBFrom, 1, 100);
        RuleFor(x => x.GradeAFrom).LessThan(x => x.GradeAPlusFrom).WithMessage("Grade_Error_CutOffs");
        RuleFor(x => x.GradeBFrom).LessThan(x => x.GradeAFrom).WithMessage("Grade_Error_CutOffs");
        InRange(x => x.CReviewHours, 1, 720);
    }

    private void InRange(Expression<Func<GradingSettingsInput, int>> field, int min, int max) =>
        RuleFor(field).InclusiveBetween(min, max).WithMessage("Rule_Error_Range").WithState(_ => new object[] { min, max });
}
