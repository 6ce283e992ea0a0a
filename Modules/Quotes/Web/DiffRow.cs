namespace SalesSuite.Quotes.Web;

/// <summary>One difference between two versions: what (product or "terms"), which field, before and after.</summary>
internal sealed record DiffRow(string Kind, string Subject, string Field, string? Before, string? After);
