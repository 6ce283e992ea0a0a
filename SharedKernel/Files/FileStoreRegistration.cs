using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Files;

public static class FileStoreRegistration
{
    /// <summary>The local file store on Files:Root, by default &lt;Database:DataFolder&gt;/files.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IFileStore>(sp => new LocalFileStore(
            RootFolder(sp.GetRequiredService<IConfiguration>(), sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory),
            sp.GetRequiredService<IClock>()));
        return services;
    }

    public static string RootFolder(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetSection(FileStoreOptions.Section).Get<FileStoreOptions>()?.Root;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured);
        }
        var dataFolder = DbContextRegistration.ReadOptions(configuration).DataFolder;
        var folder = Path.IsPathRooted(dataFolder) ? dataFolder : Path.Combine(contentRoot, dataFolder);
        return Path.Combine(folder, "files");
    }
}
