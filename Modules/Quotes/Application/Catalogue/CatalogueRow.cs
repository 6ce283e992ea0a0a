namespace SalesSuite.Quotes.Application.Catalogue;

/// <summary>One parsed catalogue CSV line.</summary>
internal sealed record CatalogueRow(string Code, string Name, decimal ListPrice, decimal Cost, decimal TaxRatePercent);
