using System.Globalization;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Areas.Goals.Pages.Rewards;

/// <summary>A statement's reasons and arithmetic in the reader's language (the page and its CSV say the same).</summary>
internal sealed class RewardTexts(IStringLocalizer l, BusinessClock clock)
{
    private static readonly LocalDateTimePattern Short = LocalDateTimePattern.CreateWithInvariantCulture("MM-dd HH:mm");

    public string When(Instant? at) => at is { } i ? Short.Format(clock.InZone(i).LocalDateTime) : "";

    public string Reason(RewardLine line, RewardOutcome outcome) => line.Reason switch
    {
        RewardReason.Winner => l["Rewards_Reason_Winner", line.Rank ?? 0, When(line.CompletedAt), outcome.Pool, outcome.Winners].Value
            + (line.ExtraFen ? l["Rewards_Reason_ExtraFen"].Value : ""),
        RewardReason.OutsideTop => l["Rewards_Reason_OutsideTop", line.Rank ?? 0, When(line.CompletedAt), outcome.TopCount].Value,
        RewardReason.NotCompleted => l["Rewards_Reason_NotCompleted"].Value,
        RewardReason.NoPool => l["Rewards_Reason_NoPool", line.Rank ?? 0, When(line.CompletedAt)].Value,
        _ => l["Rewards_Reason_NoContract"].Value,
    };

    /// <summary>The pool arithmetic, one sentence a step.</summary>
    public IReadOnlyList<string> Arithmetic(RewardInputs inputs, RewardOutcome outcome)
    {
        var steps = new List<string>
        {
            l["Rewards_Math_Above", inputs.Actual, inputs.Target, outcome.AboveTarget].Value,
        };
        if (outcome.Status == PoolStatus.NotExceeded)
        {
            steps.Add(l["Rewards_Pool_NotExceeded"].Value);
            return steps;
        }
        var raw = outcome.AboveTarget * inputs.SharePercent / 100m;
        steps.Add(l["Rewards_Math_Pool", outcome.AboveTarget, Percent(inputs.SharePercent), raw.ToString("0.####", CultureInfo.InvariantCulture),
            outcome.Pool].Value);
        if (outcome.Status == PoolStatus.Empty)
        {
            steps.Add(l["Rewards_Pool_Empty"].Value);
            return steps;
        }
        steps.Add(l["Rewards_Math_Top", Percent(inputs.TopPercent), outcome.Headcount,
            (inputs.TopPercent * outcome.Headcount / 100m).ToString("0.##", CultureInfo.InvariantCulture), outcome.TopCount].Value);
        if (outcome.Status == PoolStatus.Unassigned)
        {
            steps.Add(l["Rewards_Pool_Unassigned", outcome.Pool].Value);
            return steps;
        }
        if (outcome.Winners > outcome.TopCount)
        {
            steps.Add(l["Rewards_Math_Tied", outcome.TopCount, outcome.Winners].Value);
        }
        steps.Add(l["Rewards_Math_Each", outcome.Pool, outcome.Winners, outcome.Each, outcome.RemainderFen].Value);
        steps.Add(l["Rewards_Math_Total", outcome.Paid, outcome.Pool].Value);
        return steps;
    }

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Money in a CSV cell: the fen exact, invariant ("12500.00").</summary>
    public static string Fen(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
