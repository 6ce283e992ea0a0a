using FluentValidation;
using FluentValidation.Results;
using NodaTime.Text;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.Drafts;

/// <summary>
/// What the form alone can tell: line numbers, at least one line, a readable payment schedule and an ISO date.
/// Whether a product exists is checked against the catalogue when the lines are built (<c>DraftFormMapper</c>).
/// </summary>
internal sealed class QuoteDraftInputValidator : AbstractValidator<QuoteDraftInput>
{
    public QuoteDraftInputValidator()
    {
        RuleFor(x => x.Lines).Custom((lines, context) =>
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!lines[i].IsBlank && !lines[i].HasValidNumbers)
                {
                    // The message names the row (1-based), as the person counts them.
                    var failure = new ValidationFailure($"Lines[{i}].Quantity", "Edit_Error_LineNumbers") { CustomState = new object[] { i + 1 } };
                    context.AddFailure(failure);
                }
            }
        });
        RuleFor(x => x.Lines).Must(lines => lines.Any(l => !l.IsBlank)).WithMessage("Quote_Error_NoLines");
        RuleFor(x => x.Schedule).Must(s => PaymentScheduleText.Parse(s) is not null).WithMessage("Edit_Error_Schedule");
        RuleFor(x => x.Terms).MaximumLength(TextLimits.Terms).WithMessage("Quote_Error_TermsLength")
            .WithState(_ => new object[] { TextLimits.Terms });
        RuleFor(x => x.Tags).MaximumLength(TextLimits.Tags).WithMessage("Quote_Error_TagsLength")
            .WithState(_ => new object[] { TextLimits.Tags });
        RuleFor(x => x.ValidUntil).Must(d => LocalDatePattern.Iso.Parse(d ?? string.Empty).Success).WithMessage("Edit_Error_ValidUntil");
    }
}
