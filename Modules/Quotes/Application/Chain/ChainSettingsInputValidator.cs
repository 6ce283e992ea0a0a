using FluentValidation;

namespace SalesSuite.Quotes.Application.Chain;

/// <summary>The minimum margin is a percentage; a quote is valid for 1 to 365 days by default.</summary>
internal sealed class ChainSettingsInputValidator : AbstractValidator<ChainSettingsInput>
{
    public ChainSettingsInputValidator()
    {
        RuleFor(x => x.MinMarginPercent).InclusiveBetween(0m, 100m).WithMessage("Chain_Error_MinMargin");
        RuleFor(x => x.DefaultValidityDays).InclusiveBetween(1, 365).WithMessage("Chain_Error_Validity");
    }
}
