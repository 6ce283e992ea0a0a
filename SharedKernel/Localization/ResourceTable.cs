using System.Reflection;
using System.Text.Json;

namespace SalesSuite.SharedKernel.Localization;

/// <summary>The strings of one assembly, per culture name ("en", "zh-CN").</summary>
public sealed class ResourceTable(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> cultures)
{
    public static readonly IReadOnlyList<string> SupportedCultures = ["zh-CN", "en"];

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Cultures { get; } = cultures;

    public string? Find(string culture, string key) =>
        Cultures.TryGetValue(culture, out var table) && table.TryGetValue(key, out var value) ? value : null;

    public static ResourceTable Load(Assembly assembly)
    {
        var cultures = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var culture in SupportedCultures)
        {
            using var stream = assembly.GetManifestResourceStream($"{assembly.GetName().Name}.strings.{culture}.json");
            if (stream is not null)
            {
                cultures[culture] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            }
        }
        return new ResourceTable(cultures);
    }
}
