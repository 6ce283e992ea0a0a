using System.Reflection;
using SalesSuite.Host.Web;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Architecture.Tests;

/// <summary>The production assemblies, found from the host's explicit module list (no probing).</summary>
internal static class Solution
{
    public static Assembly Host => typeof(HostModules).Assembly;
    public static Assembly Kernel => typeof(IModule).Assembly;
    public static IReadOnlyList<IModule> Modules => HostModules.All;

    public static IModule Module(string name) => Modules.Single(m => m.Name == name);
    public static Assembly ModuleAssembly(string name) => Module(name).GetType().Assembly;
    public static Assembly ContractsAssembly(string name) => Assembly.Load(new AssemblyName($"{ModuleAssembly(name).GetName().Name}.Contracts"));
    public static string Namespace(string module) => Module(module).GetType().Namespace!;

    public static IEnumerable<Assembly> Production()
    {
        yield return Kernel;
        yield return Host;
        foreach (var module in Modules)
        {
            yield return ModuleAssembly(module.Name);
            yield return ContractsAssembly(module.Name);
        }
    }

    public static TheoryData<string> ModuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var module in Modules)
        {
            data.Add(module.Name);
        }
        return data;
    }
}
