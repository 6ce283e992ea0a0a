namespace SalesSuite.Quotes.Domain;

/// <summary>
/// A product's line. The catalogue has no product-line (category, tag) column; its codes name the family before the
/// first dash (MD-MON-200 → MD, SW-LIC-HIS → SW, SV-INSTALL → SV), so that prefix is the line.
/// </summary>
internal static class ProductLine
{
    public static string Of(string productCode)
    {
        var code = productCode.Trim().ToUpperInvariant();
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? code[..dash] : code;
    }
}
