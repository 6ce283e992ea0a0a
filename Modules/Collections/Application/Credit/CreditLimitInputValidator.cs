using FluentValidation;

namespace SalesSuite.Collections.Application.Credit;

/// <summary>A limit is 0 or more, in fen (two decimals at most), and fits the column.</summary>
internal sealed class CreditLimitInputValidator : AbstractValidator<CreditLimitInput>
{
    public const decimal Max = 9_999_999_999_999.99m;

    public CreditLimitInputValidator()
    {
        RuleFor(x => x.CustomerId).NotEmpty().WithMessage("Credit_Error_Customer");
        RuleFor(x => x.Limit)
            .Must(l => l is not { } v || (v is >= 0m and <= Max && decimal.Round(v, 2) == v))
            .WithMessage("Credit_Error_Limit");
    }
}
