using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Domain.Commissions;

/// <summary>
/// How much commission collected cash earns: for a product line and/or a customer type (neither: the default rule), a base
/// rate from the first yuan and higher tiers by the salesperson's collected amount in the month. Tiers are marginal, like
/// income tax: each rate applies only to the part of the month's volume inside its band.
/// </summary>
internal sealed class CommissionRule : IAuditable, IVersioned
{
    public const int KeyMaxLength = ContractLine.ProductLineMaxLength;
    public const int MaxTiers = 5;

    private readonly List<CommissionTier> tiers = [];

    public CommissionRule(Guid id, string? productLine, string? customerType, decimal baseRatePercent, IEnumerable<CommissionTier> tiers)
    {
        Id = id;
        Change(productLine, customerType, baseRatePercent, tiers);
    }

    private CommissionRule()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    /// <summary>Null: any product line.</summary>
    public string? ProductLine { get; private set; }
    /// <summary>Null: any customer type.</summary>
    public string? CustomerType { get; private set; }
    public decimal BaseRatePercent { get; private set; }
    public int Version { get; set; }

    /// <summary>The tiers above the base rate, ascending by <see cref="CommissionTier.From"/>.</summary>
    public IReadOnlyList<CommissionTier> Tiers => tiers;

    public string AuditId => Label;

    /// <summary>"SW / 经销商", "SW / *", "* / *".</summary>
    public string Label => $"{ProductLine ?? "*"} / {CustomerType ?? "*"}";

    /// <summary>Both set: 3, product line: 2, customer type: 1, default: 0. The most specific matching rule wins.</summary>
    public int Specificity => (ProductLine is null ? 0 : 2) + (CustomerType is null ? 0 : 1);

    public void Change(string? productLine, string? customerType, decimal baseRatePercent, IEnumerable<CommissionTier> newTiers)
    {
        var list = newTiers.OrderBy(t => t.From).ToList();
        DomainException.ThrowIf(productLine?.Trim().Length > KeyMaxLength, "CommissionRule_Error_KeyTooLong", KeyMaxLength);
        DomainException.ThrowIf(customerType?.Trim().Length > KeyMaxLength, "CommissionRule_Error_KeyTooLong", KeyMaxLength);
        DomainException.ThrowIf(!IsValidRate(baseRatePercent), "CommissionRule_Error_Rate");
        DomainException.ThrowIf(list.Count > MaxTiers, "CommissionRule_Error_TooManyTiers", MaxTiers);
        DomainException.ThrowIf(list.Any(t => !IsValidRate(t.RatePercent)), "CommissionRule_Error_Rate");
        DomainException.ThrowIf(list.Any(t => !ScheduleMath.IsValidAmount(t.From)), "CommissionRule_Error_TierFrom");
        DomainException.ThrowIf(list.Select(t => t.From).Distinct().Count() != list.Count, "CommissionRule_Error_TierTwice");
        ProductLine = string.IsNullOrWhiteSpace(productLine) ? null : productLine.Trim();
        CustomerType = string.IsNullOrWhiteSpace(customerType) ? null : customerType.Trim();
        BaseRatePercent = baseRatePercent;
        tiers.Clear();
        tiers.AddRange(list);
    }

    /// <summary>Same product line and customer type (ignoring case): two such rules could not say which one wins.</summary>
    public bool SameScope(string? productLine, string? customerType) =>
        Same(ProductLine, Blank(productLine)) && Same(CustomerType, Blank(customerType));

    public bool Matches(string? productLine, string? customerType) =>
        (ProductLine is null || Same(ProductLine, productLine)) && (CustomerType is null || Same(CustomerType, customerType));

    /// <summary>The most specific rule that matches (both > product line > customer type > default), or null.</summary>
    public static CommissionRule? Match(IEnumerable<CommissionRule> rules, string? productLine, string? customerType) =>
        rules.Where(r => r.Matches(productLine, customerType)).OrderByDescending(r => r.Specificity).FirstOrDefault();

    /// <summary>
    /// The bands that <paramref name="amount"/> covers when the salesperson had already collected <paramref name="volumeBefore"/>
    /// this month: the month's volume from volumeBefore to volumeBefore + amount, cut at the tier boundaries.
    /// </summary>
    public IReadOnlyList<CommissionBand> Bands(decimal volumeBefore, decimal amount)
    {
        var schedule = tiers.Prepend(new CommissionTier(0m, BaseRatePercent)).ToList();
        var start = volumeBefore;
        var end = volumeBefore + amount;
        var bands = new List<CommissionBand>();
        for (var i = 0; i < schedule.Count; i++)
        {
            decimal? to = i + 1 < schedule.Count ? schedule[i + 1].From : null;
            var inBand = Math.Min(end, to ?? end) - Math.Max(start, schedule[i].From);
            if (inBand > 0)
            {
                bands.Add(new CommissionBand(schedule[i].From, to, schedule[i].RatePercent, inBand));
            }
        }
        return bands;
    }

    private static bool IsValidRate(decimal rate) => rate is >= 0m and <= 100m && decimal.Round(rate, 4) == rate;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
