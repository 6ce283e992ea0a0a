using FluentValidation;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Plans;

/// <summary>A day of the week, an action type, and a note / product line that fit their columns.</summary>
internal sealed class PlanItemInputValidator : AbstractValidator<PlanItemInput>
{
    public PlanItemInputValidator()
    {
        RuleFor(x => x.Day).Must(d => PlanItemInput.ParseDay(d) is not null).WithMessage("Plans_Error_Day");
        RuleFor(x => x.ActionTypeId).NotEmpty().WithMessage("Plans_Error_ActionType");
        RuleFor(x => x.Note).MaximumLength(PlanItem.NoteMaxLength).WithMessage("Plans_Error_Note")
            .WithState(_ => new object[] { PlanItem.NoteMaxLength });
        RuleFor(x => x.ProductLine).MaximumLength(PlanItem.ProductMaxLength).WithMessage("Plans_Error_Product")
            .WithState(_ => new object[] { PlanItem.ProductMaxLength });
    }
}
