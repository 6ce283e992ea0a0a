using FluentValidation;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Contacts;

/// <summary>A contact's rules (messages are resource keys): a name, a known role, a 7–12 digit phone, an email with an @.</summary>
internal sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Cust_Contact_NameRequired");
        RuleFor(x => x.Name).MaximumLength(CustomerContact.MaxName).WithMessage("Profile_TooLong")
            .WithState(_ => new object[] { CustomerContact.MaxName });
        RuleFor(x => x.Role).Must((input, _) => input.ParsedRole is not null).WithMessage("Cust_Contact_RoleUnknown");
        RuleFor(x => x.Phone).Must(p => string.IsNullOrWhiteSpace(p) || DuplicateKeys.Phone(p).Length is >= 7 and <= 12)
            .WithMessage("Cust_Contact_PhoneInvalid");
        RuleFor(x => x.Email).Must(e => string.IsNullOrWhiteSpace(e) || e.Contains('@', StringComparison.Ordinal))
            .WithMessage("Cust_Contact_EmailInvalid");
        RuleFor(x => x.Email).MaximumLength(CustomerContact.MaxEmail).WithMessage("Profile_TooLong")
            .WithState(_ => new object[] { CustomerContact.MaxEmail });
        RuleFor(x => x.Title).MaximumLength(CustomerContact.MaxTitle).WithMessage("Profile_TooLong")
            .WithState(_ => new object[] { CustomerContact.MaxTitle });
        RuleFor(x => x.Phone).MaximumLength(CustomerContact.MaxPhone).WithMessage("Profile_TooLong")
            .WithState(_ => new object[] { CustomerContact.MaxPhone });
    }
}
