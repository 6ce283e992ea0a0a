using FluentValidation;

namespace SalesSuite.Host.Notifications.Channels;

internal static class ChannelRegistration
{
    public static IServiceCollection AddNotificationChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ChannelOptions>(configuration.GetSection(ChannelOptions.Section));
        services.AddSingleton<ChannelSignal>();
        services.AddHttpClient(RobotSender.ClientName);
        services.AddScoped<IChannelSender, EmailSender>();
        services.AddScoped<IChannelSender, RobotSender>();
        services.AddScoped<ChannelRouting>();
        services.AddScoped<ChannelDispatcher>();
        services.AddScoped<ChannelRetention>();
        services.AddScoped<ChannelMessageComposer>();
        services.AddScoped<NotificationTypes>();
        services.AddScoped<ChannelSettingsCommands>();
        services.AddScoped<DeliveryCommands>();
        services.AddScoped<PreferenceCommands>();
        services.AddScoped<DeliveryLogQueries>();
        services.AddScoped<IValidator<EmailServerInput>, EmailServerInputValidator>();
        services.AddScoped<IValidator<RobotInput>, RobotInputValidator>();
        services.AddHostedService<ChannelDeliveryService>();
        return services;
    }
}
