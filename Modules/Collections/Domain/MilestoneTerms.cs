using NodaTime;

namespace SalesSuite.Collections.Domain;

/// <summary>One payment milestone of a schedule: name, amount and either a date or days after acceptance.</summary>
internal sealed record MilestoneTerms(string Name, decimal Amount, LocalDate? DueDate, int? DueDaysAfterAcceptance);
