using System.Linq.Expressions;
using FluentValidation;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Intake;

/// <summary>Required fields, lengths and the phone format; whether the source is configured is checked on submit.</summary>
internal sealed class IntakeInputValidator : AbstractValidator<IntakeInput>
{
    public IntakeInputValidator()
    {
        Required(x => x.ContactName, "Intake_ContactRequired", 100, "Intake_ContactTooLong");
        Required(x => x.Company, "Intake_CompanyRequired", 200, "Intake_CompanyTooLong");
        RuleFor(x => x.Phone).Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("Intake_PhoneRequired")
            .DependentRules(() => RuleFor(x => x.Phone).Must(p => DuplicateKeys.IsValidPhone(p!)).WithMessage("Intake_PhoneInvalid"));
        RuleFor(x => x.Source).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Intake_SourceRequired");
        RuleFor(x => x.CreditCode).MaximumLength(30).WithMessage("Intake_CreditCodeTooLong").WithState(_ => new object[] { 30 });
        RuleFor(x => x.Notes).MaximumLength(1000).WithMessage("Intake_NotesTooLong").WithState(_ => new object[] { 1000 });
    }

    private void Required(Expression<Func<IntakeInput, string?>> field, string required, int max, string tooLong)
    {
        RuleFor(field).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(required);
        RuleFor(field).MaximumLength(max).WithMessage(tooLong).WithState(_ => new object[] { max });
    }
}
