using FluentValidation;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Receivables;

/// <summary>Field messages are resource keys (ModelState.Validate localises them).</summary>
internal sealed class ReceivableInputValidator : AbstractValidator<ReceivableInput>
{
    public ReceivableInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Receivable_Error_TitleRequired")
            .MaximumLength(Receivable.TitleMaxLength).WithMessage("Receivable_Error_TitleTooLong")
            .WithState(_ => new object[] { Receivable.TitleMaxLength });
        RuleFor(x => x.Amount).GreaterThan(0).WithMessage("Receivable_Error_Amount")
            .Must(a => decimal.Round(a, 2) == a).WithMessage("Receivable_Error_Amount");
    }
}
