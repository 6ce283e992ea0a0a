using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Data;

/// <summary>dotnet-ef entry point: <c>-- --provider Sqlite|SqlServer</c>.</summary>
internal sealed class QuotesDesignTimeFactory() : ModuleDesignTimeFactory<QuotesDbContext>("quotes");
