using System.Linq.Expressions;
using FluentValidation;

namespace SalesSuite.Health.Application.RuleSettings;

internal sealed class RuleSettingsInputValidator : AbstractValidator<RuleSettingsInput>
{
    public RuleSettingsInputValidator()
    {
        InRange(x => x.PauseMinFollowUps, 1, 50);
        InRange(x => x.PauseDays, 1, 10);
        InRange(x => x.FreezeMinFields, 1, 20);
        InRange(x => x.FreezeAfterFollowUps, 1, 20);
        InRange(x => x.ReviewSharePercent, 1, 100);
        InRange(x => x.ReviewWaitHours, 1, 720);
        InRange(x => x.ReviewDueHours, 1, 168);
        InRange(x => x.TraceMaxCorrectionsPerDay, 1, 50);
    }

    private void InRange(Expression<Func<RuleSettingsInput, int>> field, int min, int max) =>
        RuleFor(field).InclusiveBetween(min, max).WithMessage("Rule_Error_Range").WithState(_ => new object[] { min, max });
}
