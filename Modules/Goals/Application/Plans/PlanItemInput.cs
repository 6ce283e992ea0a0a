using NodaTime;
using NodaTime.Text;

namespace SalesSuite.Goals.Application.Plans;

/// <summary>The "add an item" form of the plan grid: day (ISO date), action type, optional customer, product line and note.</summary>
public sealed class PlanItemInput
{
    public string? Day { get; set; }
    public Guid? ActionTypeId { get; set; }
    public Guid? CustomerId { get; set; }
    public string? ProductLine { get; set; }
    public string? Note { get; set; }

    internal LocalDate? DayValue => ParseDay(Day);

    internal static LocalDate? ParseDay(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } r ? r.Value : null;
}
