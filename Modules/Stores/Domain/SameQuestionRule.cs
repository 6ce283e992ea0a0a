using NodaTime;

namespace SalesSuite.Stores.Domain;

/// <summary>
/// The same customer question in one store on consecutive business days (calendar days in the business time zone: the
/// stores open every day). A run ends on <c>day</c> and goes back as long as each earlier day has a near-identical text.
/// </summary>
internal static class SameQuestionRule
{
    /// <summary>
    /// The first day of the run of near-identical questions ending on <paramref name="day"/> with <paramref name="key"/>;
    /// <paramref name="keysByDay"/> holds the store's normalised questions per day.
    /// </summary>
    public static LocalDate RunStart(string key, LocalDate day, IReadOnlyDictionary<LocalDate, IReadOnlyList<string>> keysByDay, int percent)
    {
        var first = day;
        while (keysByDay.TryGetValue(first.PlusDays(-1), out var earlier) && earlier.Any(k => TextSimilarity.NearIdentical(key, k, percent)))
        {
            first = first.PlusDays(-1);
        }
        return first;
    }

    /// <summary>A run of <paramref name="runDays"/> days flags the store when it is at least <paramref name="sameQuestionDays"/> long.</summary>
    public static bool Flags(int runDays, int sameQuestionDays) => runDays >= sameQuestionDays;

    public static int Length(LocalDate first, LocalDate last) => Period.Between(first, last, PeriodUnits.Days).Days + 1;
}
