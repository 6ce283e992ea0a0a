using System.Text.Json;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Localization;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Host.Notifications;

/// <summary>Renders a notification in the reader's language from its source module's resources.</summary>
public sealed class NotificationText(JsonStringLocalizerFactory factory, IEnumerable<IModule> modules)
{
    public string Render(Notification notification)
    {
        var module = modules.FirstOrDefault(m => m.Name == notification.SourceModule);
        IStringLocalizer localizer = module is null ? factory.Create(typeof(NotificationText)) : factory.Create(module.GetType());
        var args = JsonSerializer.Deserialize<string[]>(notification.ArgumentsJson) ?? [];
        return localizer[notification.TextKey, args.Cast<object>().ToArray()];
    }
}
