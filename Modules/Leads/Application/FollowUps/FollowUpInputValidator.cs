using FluentValidation;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Leads.Application.FollowUps;

/// <summary>
/// The follow-up form's rules (messages are resource keys): a customer or a lead, one of the objectives, a summary of at
/// most 300 characters; a due date is today or later and then needs the next action's text.
/// </summary>
internal sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public const int MaxText = 200;

    public FollowUpInputValidator(BusinessClock clock)
    {
        RuleFor(x => x.CustomerId).NotNull().When(x => x.LeadId is null).WithMessage("FollowUp_CustomerRequired");
        RuleFor(x => x.Objective).Must((x, _) => x.ObjectiveValue is not null).WithMessage("FollowUp_ObjectiveRequired");
        RuleFor(x => x.Summary)
            .NotEmpty().WithMessage("FollowUp_SummaryRequired")
            .MaximumLength(FollowUp.MaxSummary).WithMessage("FollowUp_SummaryTooLong").WithState(_ => new object[] { FollowUp.MaxSummary });
        RuleFor(x => x.NextActionDue)
            .Must((x, _) => x.Due is { } due && due >= clock.Today)
            .When(x => !string.IsNullOrWhiteSpace(x.NextActionDue))
            .WithMessage("FollowUp_DueInvalid");
        RuleFor(x => x.NextActionText)
            .NotEmpty().When(x => x.Due is { } due && due >= clock.Today).WithMessage("FollowUp_NextActionRequired");
        RuleFor(x => x.NextActionText)
            .MaximumLength(MaxText).WithMessage("FollowUp_NextActionTooLong").WithState(_ => new object[] { MaxText });
        RuleFor(x => x.Location)
            .MaximumLength(MaxText).WithMessage("FollowUp_LocationTooLong").WithState(_ => new object[] { MaxText });
    }
}
