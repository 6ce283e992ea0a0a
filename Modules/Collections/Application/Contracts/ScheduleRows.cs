using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>
/// Turns the form's schedule rows into milestone terms. Amount rows keep their amount; percentage rows are shares of the
/// contract amount: together with the fixed amounts they must make the whole, and the rest of the amount is split between
/// them with <see cref="ScheduleMath.Split"/>, so the parts are whole fen and always sum to the contract amount.
/// </summary>
internal static class ScheduleRows
{
    public static IReadOnlyList<MilestoneTerms> ToTerms(decimal amount, IEnumerable<ScheduleRowInput> rows)
    {
        var used = rows.Where(r => !r.IsBlank).ToList();
        DomainException.ThrowIf(used.Count == 0, "Receivable_Error_NoMilestones");
        var amounts = used.Select(r => r.Amount ?? 0m).ToArray();
        var shares = used.Select((r, i) => (Row: r, Index: i)).Where(x => x.Row.Percent is not null).ToList();
        if (shares.Count > 0)
        {
            var rest = amount - amounts.Sum();
            var percent = shares.Sum(x => x.Row.Percent!.Value);
            var expected = amount == 0 ? 0 : decimal.Round(rest * 100m / amount, 2);
            // Percentages are shares of the contract amount; a fen of rounding per row is allowed.
            DomainException.ThrowIf(rest <= 0 || Math.Abs((amount * percent / 100m) - rest) > 0.01m * shares.Count,
                "Contract_Error_PercentTotal", percent, expected);
            var parts = ScheduleMath.Split(rest, shares.Select(x => x.Row.Percent!.Value).ToList());
            for (var i = 0; i < shares.Count; i++)
            {
                amounts[shares[i].Index] = parts[i];
            }
        }
        return used.Select((r, i) => new MilestoneTerms(
            (r.Name ?? string.Empty).Trim(), amounts[i], r.Due, r.Due is null ? r.DueDays : null,
            MilestoneType.IsKnown(r.Kind) ? r.Kind : null)).ToList();
    }
}
