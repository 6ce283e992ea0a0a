using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Web;

/// <summary>
/// Keys persist so sign-in cookies and antiforgery tokens survive a restart: DataProtection:KeysFolder, by default
/// &lt;DataFolder&gt;/keys. At rest they are encrypted with the certificate at DataProtection:CertificatePath (a .pfx,
/// password DataProtection:CertificatePassword); without one, Production logs a warning at startup.
/// </summary>
internal static class DataProtectionRegistration
{
    public static IServiceCollection AddPersistentDataProtection(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("SalesSuite")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(configuration, environment.ContentRootPath)));
        var certificatePath = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            builder.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }
        return services;
    }

    public static string KeysFolder(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["DataProtection:KeysFolder"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.IsPathRooted(configured) ? configured : Path.Combine(contentRoot, configured);
        }
        var dataFolder = DbContextRegistration.ReadOptions(configuration).DataFolder;
        var folder = Path.IsPathRooted(dataFolder) ? dataFolder : Path.Combine(contentRoot, dataFolder);
        return Path.Combine(folder, "keys");
    }

    /// <summary>Unprotected keys on disk are readable by anyone who can read the folder: say so where it matters.</summary>
    public static void WarnIfKeysUnprotected(WebApplication app)
    {
        if (app.Environment.IsProduction() && string.IsNullOrWhiteSpace(app.Configuration["DataProtection:CertificatePath"]))
        {
            app.Logger.LogWarning(
                "Data-protection keys in {Folder} are not encrypted at rest: set DataProtection:CertificatePath to a .pfx certificate.",
                KeysFolder(app.Configuration, app.Environment.ContentRootPath));
        }
    }
}
