using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Localization;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>
/// The known notification types: every module resource key with "Notify" in it (the modules' notification texts), plus
/// every type seen in the bell so far (keys built at run time, e.g. a clause template). The readable name is the text
/// itself with its placeholders shown as "…", so a type added by a module appears here in both languages by itself.
/// </summary>
internal sealed partial class NotificationTypes(
    IEnumerable<IModule> modules, JsonStringLocalizerFactory factory, HostDbContext db, IStringLocalizer<HostText> l)
{
    public const string PlatformModule = "Platform";

    public async Task<IReadOnlyList<NotificationType>> ListAsync(CancellationToken cancellationToken)
    {
        var known = new HashSet<(string Module, string Key)>();
        foreach (var module in modules)
        {
            var texts = factory.Create(module.GetType()).GetAllStrings(false);
            foreach (var text in texts.Where(s => s.Name.Contains("Notify", StringComparison.Ordinal)))
            {
                known.Add((module.Name, text.Name));
            }
        }
        var seen = await db.Notifications.AsNoTracking().Where(n => n.SourceModule != PlatformModule)
            .Select(n => new { n.SourceModule, n.TextKey }).Distinct().ToListAsync(cancellationToken);
        known.UnionWith(seen.Select(s => (s.SourceModule, s.TextKey)));
        return known.Select(k => Describe(k.Module, k.Key))
            .OrderBy(t => t.SourceModule, StringComparer.Ordinal).ThenBy(t => t.TextKey, StringComparer.Ordinal).ToList();
    }

    public NotificationType Describe(string sourceModule, string textKey)
    {
        var module = modules.FirstOrDefault(m => m.Name == sourceModule);
        IStringLocalizer texts = module is null ? l : factory.Create(module.GetType());
        var label = module?.Navigation.FirstOrDefault() is { } nav ? texts[nav.LabelKey].Value
            : sourceModule == PlatformModule ? l["Channels_Module_Platform"].Value : sourceModule;
        var name = Placeholder().Replace(texts[textKey].Value, "…");
        return new NotificationType(sourceModule, textKey, label, name);
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
