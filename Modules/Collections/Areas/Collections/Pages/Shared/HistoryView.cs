using NodaTime;
using NodaTime.Text;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Areas.Collections.Pages.Shared;

/// <summary>The model of the _History partial: operation-log rows with people's names instead of their ids.</summary>
internal sealed record HistoryView(IReadOnlyList<HistoryEntry> Entries, IReadOnlyDictionary<Guid, string> Names, BusinessClock Clock)
{
    /// <summary>How the operation log writes a LocalDate (its invariant default, "Monday, 23 November 2026").</summary>
    private static readonly LocalDatePattern Logged = LocalDatePattern.CreateWithInvariantCulture("D");

    public string Name(Guid? id) => id is { } v && Names.TryGetValue(v, out var name) ? name : "—";

    /// <summary>A logged value as a reader understands it: a person's name instead of their id, a date as yyyy-MM-dd.</summary>
    public string Shown(string? value) =>
        value is null ? "—"
        : Guid.TryParse(value, out var id) && Names.TryGetValue(id, out var name) ? name
        : Logged.Parse(value) is { Success: true } date ? LocalDatePattern.Iso.Format(date.Value)
        : value;

    public string Format(Instant at) => Clock.Format(at);
}
