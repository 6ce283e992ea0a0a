using NodaTime;

namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>One instalment of a plan applied to an amount: its share, the amount in fen and the due date.</summary>
internal sealed record Instalment(string Name, decimal Percent, decimal Amount, int DueDaysAfterSigning, LocalDate DueDate);
