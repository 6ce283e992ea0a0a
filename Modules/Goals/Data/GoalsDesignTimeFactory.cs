using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Data;

/// <summary>dotnet-ef entry point: <c>-- --provider Sqlite|SqlServer</c>.</summary>
internal sealed class GoalsDesignTimeFactory() : ModuleDesignTimeFactory<GoalsDbContext>("goals");
