using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Data;

/// <summary>dotnet-ef entry point: <c>-- --provider Sqlite|SqlServer</c>.</summary>
internal sealed class HostDesignTimeFactory() : ModuleDesignTimeFactory<HostDbContext>("platform");
