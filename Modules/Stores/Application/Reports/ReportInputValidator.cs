using FluentValidation;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>
/// The report form's own rules (messages are resource keys): a key, text lengths, complete feedback lines, known roll-out
/// statuses, answered promotions. What depends on today's catalogue (active options, promotions that apply, products due)
/// is checked by <see cref="ReportContentService"/>.
/// </summary>
internal sealed class ReportInputValidator : AbstractValidator<ReportInput>
{
    public const int MaxFeedbackLines = 20;

    public ReportInputValidator()
    {
        RuleFor(x => x.IdempotencyKey)
            .Must(k => !string.IsNullOrWhiteSpace(k) && k.Trim().Length <= DailyReport.IdempotencyKeyMaxLength)
            .WithMessage("Report_Error_Key");
        RuleFor(x => x.CompetitorActivity)
            .Must(t => t is null || t.Trim().Length <= DailyReport.TextMaxLength)
            .WithMessage("Report_Error_CompetitorTooLong").WithState(_ => new object[] { DailyReport.TextMaxLength });
        RuleFor(x => x.Feedback)
            .Must(lines => lines.Count(l => !l.IsBlank) <= MaxFeedbackLines)
            .WithMessage("Report_Error_FeedbackTooMany").WithState(_ => new object[] { MaxFeedbackLines });
        RuleForEach(x => x.Feedback).ChildRules(line =>
        {
            line.RuleFor(l => l.Category).NotEmpty().When(l => !l.IsBlank).WithMessage("Report_Error_FeedbackCategory");
            line.RuleFor(l => l.Option).NotEmpty().When(l => !l.IsBlank).WithMessage("Report_Error_FeedbackOption");
            line.RuleFor(l => l.Question)
                .Must(q => q is null || q.Trim().Length <= FeedbackEntry.QuestionMaxLength)
                .WithMessage("Report_Error_QuestionTooLong").WithState(_ => new object[] { FeedbackEntry.QuestionMaxLength });
        });
        RuleForEach(x => x.Promotions).ChildRules(line =>
            line.RuleFor(l => l.Executed).NotNull().WithMessage("Report_Error_PromotionAnswer"));
        RuleForEach(x => x.Rollouts).ChildRules(line =>
            line.RuleFor(l => l.Status).Must(RolloutStatus.IsKnown).WithMessage("Report_Error_RolloutStatus"));
    }
}
