namespace SalesSuite.Quotes.Domain;

/// <summary>Lines and quotes under the minimum gross margin are flagged and need an extra approval.</summary>
internal sealed record MarginPolicy(decimal MinimumPercent)
{
    public const decimal DefaultMinimumPercent = 18.5m;

    public static MarginPolicy Default { get; } = new(DefaultMinimumPercent);

    public bool IsBelow(decimal marginPercent) => marginPercent < MinimumPercent;

    public bool IsBelow(QuoteLine line) => IsBelow(line.MarginPercent);

    public bool IsBelow(QuoteTotals totals) => IsBelow(totals.MarginPercent);
}
