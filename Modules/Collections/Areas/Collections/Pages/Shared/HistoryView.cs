using NodaTime;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Areas.Collections.Pages.Shared;

/// <summary>The model of the _History partial: operation-log rows with people's names instead of their ids.</summary>
internal sealed record HistoryView(IReadOnlyList<HistoryEntry> Entries, IReadOnlyDictionary<Guid, string> Names, BusinessClock Clock)
{
    public string Name(Guid? id) => id is { } v && Names.TryGetValue(v, out var name) ? name : "—";

    /// <summary>A logged value as a reader understands it: a person's name instead of their id.</summary>
    public string Shown(string? value) =>
        value is null ? "—" : Guid.TryParse(value, out var id) && Names.TryGetValue(id, out var name) ? name : value;

    public string Format(Instant at) => Clock.Format(at);
}
