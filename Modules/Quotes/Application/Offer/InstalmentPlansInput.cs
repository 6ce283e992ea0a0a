using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;

namespace SalesSuite.Quotes.Application.Offer;

/// <summary>The three plans as the form posts them: rows left blank are dropped, the rest are checked by the settings.</summary>
public sealed class InstalmentPlansInput
{
    public int Version { get; set; }
    public List<PlanInput> Plans { get; set; } = [];

    public sealed class PlanInput
    {
        public string? Kind { get; set; }
        public List<ItemInput> Items { get; set; } = [];
    }

    public sealed class ItemInput
    {
        public string? Name { get; set; }
        public decimal? Percent { get; set; }
        public int? Days { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Percent is null && Days is null;
    }

    internal IReadOnlyList<InstalmentPlan> ToPlans() => Plans
        .Select(p => new InstalmentPlan(
            Enum.TryParse<InstalmentPlanKind>(p.Kind, out var kind) && Enum.IsDefined(kind) ? kind : (InstalmentPlanKind)(-1),
            p.Items.Where(i => !i.IsBlank).Select(i => new PaymentItem((i.Name ?? "").Trim(), i.Percent ?? 0m, i.Days ?? -1)).ToList()))
        .ToList();

    internal static InstalmentPlansInput From(InstalmentPlanSettings settings, int rows) => new()
    {
        Version = settings.Version,
        Plans = settings.Plans.Select(p => new PlanInput
        {
            Kind = p.Kind.ToString(),
            Items = [.. p.Items.Select(i => new ItemInput { Name = i.Name, Percent = i.Percent, Days = i.DueDaysAfterSigning }),
                .. Enumerable.Range(0, Math.Max(0, rows - p.Items.Count)).Select(_ => new ItemInput())],
        }).ToList(),
    };
}
