using NodaTime;
using NodaTime.Text;

namespace SalesSuite.Collections.Application.Contracts;

/// <summary>
/// One schedule row of the manual contract form: a name, a kind, an amount or a percentage of the contract, and a due date
/// or a number of days after signing. A row left entirely empty is ignored.
/// </summary>
public sealed class ScheduleRowInput
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public decimal? Amount { get; set; }
    public decimal? Percent { get; set; }
    public string? DueDate { get; set; }
    public int? DueDays { get; set; }

    internal bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && Amount is null && Percent is null && string.IsNullOrWhiteSpace(DueDate) && DueDays is null;

    internal LocalDate? Due => ParseDate(DueDate);

    internal static LocalDate? ParseDate(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } r ? r.Value : null;
}
