using FluentValidation;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Reasons;

internal sealed class ReasonInputValidator : AbstractValidator<ReasonInput>
{
    public const int MaxSortOrder = 999;

    public ReasonInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("OverdueReason_Error_NameRequired");
        RuleFor(x => x.Name).MaximumLength(OverdueReason.NameMaxLength).WithMessage("OverdueReason_Error_NameTooLong")
            .WithState(_ => new object[] { OverdueReason.NameMaxLength });
        RuleFor(x => x.SortOrder).InclusiveBetween(0, MaxSortOrder).WithMessage("OverdueReason_Error_SortOrder")
            .WithState(_ => new object[] { MaxSortOrder });
    }
}
