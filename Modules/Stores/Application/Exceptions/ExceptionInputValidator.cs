using FluentValidation;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Exceptions;

/// <summary>A store, a day and a reason of at most <see cref="FenceException.ReasonMaxLength"/> characters.</summary>
internal sealed class ExceptionInputValidator : AbstractValidator<ExceptionInput>
{
    public ExceptionInputValidator()
    {
        RuleFor(x => x.StoreId).NotEmpty().WithMessage("Exception_Error_Store");
        RuleFor(x => x.Day).NotNull().WithMessage("Exception_Error_Day");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Exception_Error_ReasonRequired");
        RuleFor(x => x.Reason).Must(r => r is null || r.Trim().Length <= FenceException.ReasonMaxLength)
            .WithMessage("Exception_Error_ReasonTooLong").WithState(_ => new object[] { FenceException.ReasonMaxLength });
    }
}
