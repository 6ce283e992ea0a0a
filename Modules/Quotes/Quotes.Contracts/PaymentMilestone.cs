using NodaTime;

namespace SalesSuite.Quotes.Contracts;

/// <summary>One instalment of an accepted quote: e.g. 30% advance due on signing, 60% on delivery.</summary>
public sealed record PaymentMilestone(string Name, decimal Percent, decimal Amount, LocalDate? DueDate, int? DueDaysAfterSigning);
