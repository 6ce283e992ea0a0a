using System.Globalization;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>
/// Reads what a target form typed (period key, scope, metric, amounts, quantities) with one set of rules and keyed
/// refusals, used by the validators (messages next to the fields) and the commands (nothing unchecked gets through).
/// </summary>
internal static class TargetText
{
    public static GoalPeriod Period(string? key) =>
        GoalPeriod.Parse(key) ?? throw new DomainException("Targets_Error_Period", key ?? "");

    public static ResultMetric Metric(string? text) =>
        Enum.TryParse<ResultMetric>(text, ignoreCase: false, out var m) && Enum.IsDefined(m) ? m
            : throw new DomainException("Targets_Error_Metric");

    public static TargetScope Scope(string? text) =>
        Enum.TryParse<TargetScope>(text, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s
            : throw new DomainException("Targets_Error_ScopeKind");

    /// <summary>A number as typed: spaces, thousands commas, ¥ and % are ignored; anything else is not a number (null).</summary>
    public static decimal? Number(string? text)
    {
        var clean = (text ?? "").Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal)
            .Replace("¥", "", StringComparison.Ordinal).Replace("￥", "", StringComparison.Ordinal)
            .Replace("%", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
            out var value) ? value : null;
    }

    /// <summary>A target amount: a number, above zero, within the metric's maximum, whole for counts, fen for money.</summary>
    public static decimal Amount(ResultMetric metric, string? text)
    {
        var value = Number(text) ?? throw new DomainException("Targets_Error_Number");
        Target.CheckAmount(metric, value);
        return value;
    }

    /// <summary>A share of a split: like an amount, but zero is allowed (that child gets no target).</summary>
    public static decimal Share(ResultMetric metric, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }
        var value = Number(text) ?? throw new DomainException("Targets_Error_Number");
        DomainException.ThrowIf(value < 0, "Targets_Error_ShareNegative");
        if (value != 0)
        {
            Target.CheckAmount(metric, value);
        }
        return value;
    }

    /// <summary>A key action quantity: empty is 0, otherwise a whole number 0..10,000.</summary>
    public static int Quantity(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q <= ContractLine.MaxQuantity ? q
            : throw new DomainException("Targets_Error_Quantity", ContractLine.MaxQuantity);
    }

    /// <summary>An amount as a form shows it (invariant: 1234567.50 / 12).</summary>
    public static string Input(ResultMetric metric, decimal amount) =>
        amount.ToString(metric.IsMoney() ? "0.00" : "0", CultureInfo.InvariantCulture);

    /// <summary>An amount as a list shows it (¥1,234,567.50 / 12 / 85%).</summary>
    public static string Show(ResultMetric metric, decimal amount) => metric switch
    {
        _ when metric.IsMoney() => "¥" + amount.ToString("N2", CultureInfo.InvariantCulture),
        _ when metric.IsRate() => amount.ToString("0.#", CultureInfo.InvariantCulture) + "%",
        _ => amount.ToString("N0", CultureInfo.InvariantCulture),
    };

    /// <summary>What one action brought (¥25,000.00 / 0.2 deals), for the decomposition's explanation.</summary>
    public static string PerAction(ResultMetric metric, decimal value) =>
        metric.IsMoney() ? Show(metric, value) : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The validator's entry: the refusal of <paramref name="read"/>, or null when it reads.</summary>
    public static DomainException? Problem(Action read)
    {
        try
        {
            read();
            return null;
        }
        catch (DomainException refusal)
        {
            return refusal;
        }
    }
}
