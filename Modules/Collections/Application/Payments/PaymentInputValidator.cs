using FluentValidation;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>
/// The payment form's rules (messages are resource keys): a customer, a bank reference, a paid date not in the future,
/// an amount above 0 in whole fen, a three-letter currency; by-hand lines are whole fen and together within the amount.
/// Whether a line fits its milestone is the aggregate's rule (checked when allocating).
/// </summary>
internal sealed class PaymentInputValidator : AbstractValidator<PaymentInput>
{
    public PaymentInputValidator(BusinessClock clock)
    {
        RuleFor(x => x.CustomerId).NotNull().WithMessage("Payment_Error_CustomerRequired");
        RuleFor(x => x.BankReference)
            .NotEmpty().WithMessage("Payment_Error_ReferenceRequired")
            .Must(r => r!.Trim().Length <= Payment.ReferenceMaxLength).When(x => !string.IsNullOrWhiteSpace(x.BankReference))
            .WithMessage("Payment_Error_ReferenceTooLong").WithState(_ => new object[] { Payment.ReferenceMaxLength });
        RuleFor(x => x.PaidOn)
            .Must((x, _) => x.PaidOnValue is { } d && d <= clock.Today).WithMessage("Payment_Error_PaidOn");
        RuleFor(x => x.Amount)
            .Must((x, _) => x.AmountValue is { } a && ScheduleMath.IsValidAmount(a)).WithMessage("Payment_Error_Amount");
        RuleFor(x => x.Currency)
            .Must((x, _) => x.CurrencyCode.Length == 3 && x.CurrencyCode.All(char.IsAsciiLetterUpper)).WithMessage("Payment_Error_CurrencyCode");
        RuleFor(x => x.Payer)
            .MaximumLength(Payment.PayerMaxLength).WithMessage("Payment_Error_PayerTooLong").WithState(_ => new object[] { Payment.PayerMaxLength });
        RuleForEach(x => x.Lines)
            .ChildRules(line => line.RuleFor(l => l.Amount)
                .Must(a => string.IsNullOrWhiteSpace(a) || AmountText.Parse(a) is { } v && ScheduleMath.IsValidAmount(v))
                .WithMessage("Payment_Error_LineAmount"))
            .When(x => x.Mode == AllocationMode.ByHand);
        RuleFor(x => x.Lines)
            .Must((x, lines) => lines.Sum(l => l.AmountValue ?? 0m) <= x.AmountValue)
            .When(x => x.Mode == AllocationMode.ByHand && x.AmountValue is { } a && ScheduleMath.IsValidAmount(a))
            .WithMessage("Payment_Error_LinesBeyondAmount");
    }
}
