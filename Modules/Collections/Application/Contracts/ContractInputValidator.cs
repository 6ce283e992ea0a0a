using FluentValidation;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>
/// The manual contract form's rules (messages are resource keys): a customer, an amount above 0 in fen, a three-letter
/// currency, the signing date, and at least one schedule row, each with a name, an amount or a percentage (not both) and
/// a valid date or day count. Whether the rows add up to the amount is the schedule's rule (<see cref="ScheduleRows"/>).
/// </summary>
internal sealed class ContractInputValidator : AbstractValidator<ContractInput>
{
    public const int MaxDueDays = 3650;

    public ContractInputValidator()
    {
        RuleFor(x => x.Customer).NotEmpty().WithMessage("Contract_Error_CustomerRequired");
        RuleFor(x => x.Amount).Must(a => a is { } v && ScheduleMath.IsValidAmount(v)).WithMessage("Contract_Error_Amount");
        RuleFor(x => x.Currency)
            .Must(c => c is { Length: 3 } && c.All(char.IsAsciiLetter)).WithMessage("Contract_Error_Currency");
        RuleFor(x => x.SignedOn).Must((x, _) => x.SignedDate is not null).WithMessage("Contract_Error_SignedOn");
        RuleFor(x => x.Terms)
            .MaximumLength(Contract.TermsMaxLength).WithMessage("Contract_Error_TermsTooLong")
            .WithState(_ => new object[] { Contract.TermsMaxLength });
        RuleFor(x => x.Rows).Must(rows => rows.Any(r => !r.IsBlank)).WithMessage("Receivable_Error_NoMilestones");
        RuleForEach(x => x.Rows).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.Name).NotEmpty().WithMessage("Receivable_Error_TitleRequired");
            row.RuleFor(r => r.Name)
                .MaximumLength(Receivable.TitleMaxLength).WithMessage("Receivable_Error_TitleTooLong")
                .WithState(_ => new object[] { Receivable.TitleMaxLength });
            row.RuleFor(r => r.Kind).Must(k => string.IsNullOrEmpty(k) || MilestoneType.IsKnown(k)).WithMessage("Contract_Error_Kind");
            row.RuleFor(r => r.Amount).Must((r, _) => (r.Amount is null) != (r.Percent is null)).WithMessage("Contract_Error_AmountOrPercent");
            row.RuleFor(r => r.Amount)
                .Must(a => a is null || ScheduleMath.IsValidAmount(a.Value)).WithMessage("Receivable_Error_Amount");
            row.RuleFor(r => r.Percent)
                .Must(p => p is null || (p > 0 && p <= 100 && decimal.Round(p.Value, 2) == p)).WithMessage("Contract_Error_Percent");
            row.RuleFor(r => r.DueDate)
                .Must((r, _) => r.Due is not null).When(r => !string.IsNullOrWhiteSpace(r.DueDate)).WithMessage("Contract_Error_DueDate");
            row.RuleFor(r => r.DueDays)
                .InclusiveBetween(0, MaxDueDays).WithMessage("Contract_Error_DueDays").WithState(_ => new object[] { MaxDueDays });
        });
    }
}
