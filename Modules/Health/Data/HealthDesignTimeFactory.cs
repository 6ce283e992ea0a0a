using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health.Data;

/// <summary>dotnet-ef entry point: <c>-- --provider Sqlite|SqlServer</c>.</summary>
internal sealed class HealthDesignTimeFactory() : ModuleDesignTimeFactory<HealthDbContext>("health");
