using Microsoft.AspNetCore.DataProtection;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Web;

/// <summary>Keys under &lt;DataFolder&gt;/keys: sign-in cookies and antiforgery tokens survive a restart.</summary>
internal static class DataProtectionRegistration
{
    public static IServiceCollection AddPersistentDataProtection(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddDataProtection()
            .SetApplicationName("SalesSuite")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(configuration, environment.ContentRootPath)));
        return services;
    }

    public static string KeysFolder(IConfiguration configuration, string contentRoot)
    {
        var dataFolder = DbContextRegistration.ReadOptions(configuration).DataFolder;
        var folder = Path.IsPathRooted(dataFolder) ? dataFolder : Path.Combine(contentRoot, dataFolder);
        return Path.Combine(folder, "keys");
    }
}
