using System.Reflection;

namespace SalesSuite.Host.Web;

internal static class ModuleTypes
{
    /// <summary>Loads every type of the host's and the modules' assemblies (what the registration scans read first).</summary>
    public static void Preload()
    {
        foreach (var assembly in HostModules.All.Select(m => m.GetType().Assembly).Prepend(typeof(ModuleTypes).Assembly))
        {
            try
            {
                _ = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException)
            {
                // The scan reports what cannot be loaded; a preload only saves it time.
            }
        }
    }
}
