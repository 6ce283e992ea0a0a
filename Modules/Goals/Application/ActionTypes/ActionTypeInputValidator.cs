using FluentValidation;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.ActionTypes;

/// <summary>The form's shape (messages are resource keys); the evidence rule itself is the domain's to refuse.</summary>
internal sealed class ActionTypeInputValidator : AbstractValidator<ActionTypeInput>
{
    public ActionTypeInputValidator()
    {
        RuleFor(x => x.NameZh).NotEmpty().MaximumLength(KeyActionType.NameMaxLength).WithMessage("ActionType_Error_Name")
            .WithState(_ => new object[] { KeyActionType.NameMaxLength });
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(KeyActionType.NameMaxLength).WithMessage("ActionType_Error_Name")
            .WithState(_ => new object[] { KeyActionType.NameMaxLength });
        RuleFor(x => x.EventType).NotEmpty().WithMessage("ActionTypes_Error_EventRequired");
        RuleFor(x => x.Flag).Must(f => f is null or "" or "true" or "false").WithMessage("ActionTypes_Error_Flag");
        RuleFor(x => x.CreditTo).Must(c => c is null or "" or nameof(CreditTo.Owner) or nameof(CreditTo.Actor))
            .WithMessage("ActionTypes_Error_CreditTo");
        RuleFor(x => x.HowToSeconds).InclusiveBetween(1, KeyActionType.HowToMaxSeconds).When(x => x.HowToSeconds is not null)
            .WithMessage("ActionType_Error_HowToSeconds").WithState(_ => new object[] { KeyActionType.HowToMaxSeconds });
    }
}
