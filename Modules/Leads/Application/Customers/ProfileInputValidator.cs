using System.Linq.Expressions;
using FluentValidation;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// The profile form's rules (messages are resource keys): company, contact and a phone of 7–12 digits are required;
/// type and tier are one of the listed codes; every text has its column's length.
/// </summary>
internal sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
{
    public ProfileInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Profile_NameRequired");
        RuleFor(x => x.ContactName).NotEmpty().WithMessage("Profile_ContactRequired");
        RuleFor(x => x.Phone).Must(p => DuplicateKeys.Phone(p ?? "").Length is >= 7 and <= 12).WithMessage("Profile_PhoneInvalid");
        // The type is checked against the configured list by the command (Customer.EditProfile).
        RuleFor(x => x.CustomerType).Must(t => string.IsNullOrWhiteSpace(t) || CustomerTypeOption.IsCode(t))
            .WithMessage("Profile_TypeUnknown");
        RuleFor(x => x.Tier).Must(t => string.IsNullOrWhiteSpace(t) || CustomerTypes.Tiers.Contains(t.Trim()))
            .WithMessage("Profile_TierUnknown");
        Length(x => x.Name, ProfileLimits.Name);
        Length(x => x.ContactName, ProfileLimits.Contact);
        Length(x => x.Phone, ProfileLimits.Phone);
        Length(x => x.Industry, ProfileLimits.Industry);
        Length(x => x.CreditCode, ProfileLimits.CreditCode);
        Length(x => x.Address, ProfileLimits.Address);
        Length(x => x.DecisionMaker, ProfileLimits.Text);
        Length(x => x.BudgetBand, TagOption.MaxLength);
        Length(x => x.MainCompetitor, ProfileLimits.Text);
        RuleForEach(x => x.Fields).Must(f => (f.Value?.Trim().Length ?? 0) <= CustomerFieldValue.MaxValue)
            .WithMessage("Profile_TooLong").WithState(_ => new object[] { CustomerFieldValue.MaxValue });
    }

    private void Length(Expression<Func<ProfileInput, string?>> field, int max) =>
        RuleFor(field).MaximumLength(max).WithMessage("Profile_TooLong").WithState(_ => new object[] { max });
}
