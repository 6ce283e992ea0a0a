using NodaTime;

namespace SalesSuite.Collections.Domain;

/// <summary>Due dates from <see cref="From"/> (inclusive) to <see cref="Before"/> (exclusive); null is unbounded.</summary>
internal sealed record DueRange(LocalDate? From, LocalDate? Before)
{
    public bool Contains(LocalDate due) => (From is not { } from || due >= from) && (Before is not { } before || due < before);
}
