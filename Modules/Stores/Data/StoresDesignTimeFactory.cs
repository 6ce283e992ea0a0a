using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Stores.Data;

/// <summary>dotnet-ef entry point: <c>-- --provider Sqlite|SqlServer</c>.</summary>
internal sealed class StoresDesignTimeFactory() : ModuleDesignTimeFactory<StoresDbContext>("stores");
