using NodaTime;

namespace SalesSuite.Quotes.Domain;

internal sealed record RebateResult(
    decimal MinPercent, decimal MaxPercent, decimal MinAmount, decimal MaxAmount, IReadOnlyList<string> Documents, LocalDate PayoutDate);
