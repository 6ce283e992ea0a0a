using FluentValidation;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Corrections;

/// <summary>
/// The correction form's rules (messages are resource keys): one of the objectives, a summary of 1–300 characters, a
/// reason of at most 200 characters.
/// </summary>
internal sealed class CorrectionInputValidator : AbstractValidator<CorrectionInput>
{
    public CorrectionInputValidator()
    {
        RuleFor(x => x.Objective).Must((x, _) => x.ObjectiveValue is not null).WithMessage("FollowUp_ObjectiveRequired");
        RuleFor(x => x.Summary)
            .NotEmpty().WithMessage("FollowUp_SummaryRequired")
            .MaximumLength(FollowUp.MaxSummary).WithMessage("FollowUp_SummaryTooLong").WithState(_ => new object[] { FollowUp.MaxSummary });
        RuleFor(x => x.Reason)
            .MaximumLength(FollowUpCorrection.MaxReason).WithMessage("Correction_ReasonTooLong")
            .WithState(_ => new object[] { FollowUpCorrection.MaxReason });
    }
}
