using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SalesSuite.SharedKernel.Localization;

public sealed class JsonStringLocalizer(ResourceTable own, ResourceTable? fallback) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = Lookup(name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var value = Lookup(name);
            var format = value ?? name;
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format, arguments), value is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var culture = CultureName();
        var keys = (own.Cultures.GetValueOrDefault(culture)?.Keys ?? []).ToList();
        return keys.Select(k => this[k]);
    }

    private string? Lookup(string name)
    {
        var culture = CultureName();
        return own.Find(culture, name) ?? fallback?.Find(culture, name)
            ?? own.Find("en", name) ?? fallback?.Find("en", name);
    }

    /// <summary>zh, zh-Hans, zh-CN all read the zh-CN table; everything else English.</summary>
    private static string CultureName() =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
}
