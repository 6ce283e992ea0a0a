using FluentValidation;

namespace SalesSuite.Host.Notifications.Channels;

internal sealed class EmailServerInputValidator : AbstractValidator<EmailServerInput>
{
    public EmailServerInputValidator()
    {
        RuleFor(x => x.Host).NotEmpty().When(x => x.Enabled).WithMessage("Channels_Error_HostRequired").MaximumLength(200);
        RuleFor(x => x.Port).InclusiveBetween(1, 65535).WithMessage("Channels_Error_Port");
        RuleFor(x => x.SenderAddress).NotEmpty().When(x => x.Enabled).WithMessage("Channels_Error_SenderRequired");
        RuleFor(x => x.SenderAddress).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.SenderAddress))
            .WithMessage("Channels_Error_SenderRequired").MaximumLength(200);
        RuleFor(x => x.UserName).MaximumLength(200);
        RuleFor(x => x.SenderName).MaximumLength(100);
    }
}
