using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace SalesSuite.SharedKernel.Localization;

/// <summary>
/// Localizer over embedded JSON resources: each assembly ships <c>strings.en.json</c> and <c>strings.zh-CN.json</c>
/// (logical name "{assembly}.strings.{culture}.json"). Lookup: the assembly's strings, then the kernel's common ones.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Assembly, JsonStringLocalizer> _byAssembly = new();

    public IStringLocalizer Create(Type resourceSource) => For(resourceSource.Assembly);

    public IStringLocalizer Create(string baseName, string location) =>
        For(AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == location) ?? typeof(JsonStringLocalizerFactory).Assembly);

    public JsonStringLocalizer For(Assembly assembly) =>
        _byAssembly.GetOrAdd(assembly, a => new JsonStringLocalizer(
            ResourceTable.Load(a),
            a == typeof(JsonStringLocalizerFactory).Assembly ? null : ResourceTable.Load(typeof(JsonStringLocalizerFactory).Assembly)));
}
