using FluentValidation;

namespace SalesSuite.Host.Notifications.Channels;

internal sealed class RobotInputValidator : AbstractValidator<RobotInput>
{
    public RobotInputValidator()
    {
        RuleFor(x => x.Channel).Must(c => DeliveryChannels.Robots.Contains(c)).WithMessage("Channels_Error_Channel");
        RuleFor(x => x.Channel).Must(c => c is DeliveryChannel.WeCom or DeliveryChannel.DingTalk).When(x => x.TeamId is not null)
            .WithMessage("Gap_TeamRobot_Channel");
        RuleFor(x => x.Url).NotEmpty().When(x => x.Enabled).WithMessage("Channels_Error_UrlRequired");
        RuleFor(x => x.Url).Must(BeHttp).When(x => !string.IsNullOrWhiteSpace(x.Url)).WithMessage("Channels_Error_Url").MaximumLength(500);
        RuleFor(x => x.Secret).MaximumLength(200);
    }

    private static bool BeHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
