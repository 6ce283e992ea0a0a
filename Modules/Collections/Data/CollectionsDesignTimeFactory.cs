using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Data;

/// <summary>dotnet-ef entry point: <c>-- --provider Sqlite|SqlServer</c>.</summary>
internal sealed class CollectionsDesignTimeFactory() : ModuleDesignTimeFactory<CollectionsDbContext>("collections");
