using FluentValidation;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>The shape of the form; whether the chosen reason needs a text is the receivable's rule.</summary>
internal sealed class TagInputValidator : AbstractValidator<TagInput>
{
    public TagInputValidator()
    {
        RuleFor(x => x.ReasonId).NotNull().WithMessage("Overdue_Error_ReasonRequired");
        RuleFor(x => x.Text).MaximumLength(Receivable.NoteMaxLength).WithMessage("Receivable_Error_NoteTooLong")
            .WithState(_ => new object[] { Receivable.NoteMaxLength });
    }
}
