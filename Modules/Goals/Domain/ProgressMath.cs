using NodaTime;

namespace SalesSuite.Goals.Domain;

/// <summary>How far a heatmap cell is: red 0–49 %, amber 50–79 %, light green 80–99 %, green ≥ 100 %, none when nothing is owed.</summary>
internal enum CompletionBand
{
    None,
    Red,
    Amber,
    LightGreen,
    Green,
}

/// <summary>The action-vs-result reading of a person × metric cell.</summary>
internal enum ActivityFlag
{
    None,
    /// <summary>Activity at or above the "high" threshold while the result stays below the "low" one: check the quality of the work.</summary>
    HighActivityLowConversion,
    /// <summary>Activity below the "low" threshold: the actions are not being done.</summary>
    LowActivity,
}

/// <summary>The arithmetic of the progress pages (pure, unit-tested): bands, percentages, pro-rata and the action-vs-result flags.</summary>
internal static class ProgressMath
{
    /// <summary>
    /// Whole percent of <paramref name="done"/> over <paramref name="expected"/> (rounded half away from zero); null when
    /// nothing is expected.
    /// </summary>
    public static int? Percent(decimal done, decimal expected) =>
        expected <= 0 ? null : (int)decimal.Round(done * 100m / expected, 0, MidpointRounding.AwayFromZero);

    public static CompletionBand Band(int done, int owed) => Band(Percent(done, owed));

    public static CompletionBand Band(int? percent) => percent switch
    {
        null => CompletionBand.None,
        < 50 => CompletionBand.Red,
        < 80 => CompletionBand.Amber,
        < 100 => CompletionBand.LightGreen,
        _ => CompletionBand.Green,
    };

    /// <summary>Days of <paramref name="period"/> elapsed by the end of <paramref name="today"/> (0 before it starts, all after it ends).</summary>
    public static int ElapsedDays(GoalPeriod period, LocalDate today) =>
        today < period.Start ? 0 : today > period.End ? period.Days : Period.Between(period.Start, today, PeriodUnits.Days).Days + 1;

    /// <summary>The part of <paramref name="amount"/> due by the end of <paramref name="today"/>, evenly over the days (to the fen).</summary>
    public static decimal ProRata(decimal amount, GoalPeriod period, LocalDate today) =>
        decimal.Round(amount * ElapsedDays(period, today) / period.Days, 2, MidpointRounding.AwayFromZero);

    /// <summary>A weekly quantity pro-rata to the days of <paramref name="period"/> elapsed by <paramref name="today"/>.</summary>
    public static decimal WeeklyProRata(int perWeek, GoalPeriod period, LocalDate today) =>
        decimal.Round(perWeek * ElapsedDays(period, today) / 7m, 2, MidpointRounding.AwayFromZero);

    public static ActivityFlag Classify(int? activityPercent, int? resultPercent, int highActivityPercent, int lowConversionPercent)
    {
        if (activityPercent is not { } activity)
        {
            return ActivityFlag.None;
        }
        if (activity >= highActivityPercent && resultPercent is { } result && result < lowConversionPercent)
        {
            return ActivityFlag.HighActivityLowConversion;
        }
        return activity < lowConversionPercent ? ActivityFlag.LowActivity : ActivityFlag.None;
    }
}
