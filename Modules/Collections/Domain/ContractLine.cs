namespace SalesSuite.Collections.Domain;

/// <summary>
/// What part of a contract's amount is on one product line (from the accepted quote's lines). Commissions split the cash
/// collected on the contract over its lines in these proportions; a contract without lines has no product line.
/// </summary>
internal sealed class ContractLine
{
    public const int ProductLineMaxLength = 50;

    public ContractLine(Guid id, Guid contractId, string productLine, decimal amount)
    {
        Id = id;
        ContractId = contractId;
        ProductLine = productLine;
        Amount = amount;
    }

    private ContractLine()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    public string ProductLine { get; private set; } = string.Empty;
    public decimal Amount { get; private set; }

    /// <summary>One line per product line (same names, ignoring case and spaces, add up); blank names and amounts ≤ 0 are left out.</summary>
    public static IReadOnlyList<ContractLine> For(Guid contractId, IEnumerable<(string ProductLine, decimal Amount)> lines) =>
        lines.Where(l => !string.IsNullOrWhiteSpace(l.ProductLine) && l.Amount > 0)
            .GroupBy(l => Normalize(l.ProductLine), StringComparer.OrdinalIgnoreCase)
            .Select(g => new ContractLine(Guid.NewGuid(), contractId, g.Key, g.Sum(l => l.Amount)))
            .ToList();

    public static string Normalize(string productLine)
    {
        var line = productLine.Trim();
        return line.Length > ProductLineMaxLength ? line[..ProductLineMaxLength] : line;
    }
}
