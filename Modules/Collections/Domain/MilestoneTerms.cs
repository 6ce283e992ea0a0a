using NodaTime;

namespace SalesSuite.Collections.Domain;

/// <summary>
/// One payment milestone of a schedule: name, amount and either a date or days after acceptance; its kind
/// (<see cref="MilestoneType"/>) when chosen by hand, else recognised from the name.
/// </summary>
internal sealed record MilestoneTerms(string Name, decimal Amount, LocalDate? DueDate, int? DueDaysAfterAcceptance, string? Type = null)
{
    /// <summary>The due date: the given date, else its number of days after <paramref name="start"/>, else none yet.</summary>
    public LocalDate? DueFrom(LocalDate start) => DueDate ?? (DueDaysAfterAcceptance is { } days ? start.PlusDays(days) : null);
}
