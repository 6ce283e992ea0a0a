using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Data;

/// <summary>dotnet-ef entry point: <c>-- --provider Sqlite|SqlServer</c>.</summary>
internal sealed class LeadsDesignTimeFactory() : ModuleDesignTimeFactory<LeadsDbContext>("leads");
