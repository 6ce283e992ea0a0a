using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.Config;

/// <summary>
/// A new trigger as the director sets it on the pipeline page: on entering or leaving the stage, for roles and/or named
/// people, carrying the chosen fields (none: all), due after <see cref="SlaHours"/> (empty: 4 h).
/// </summary>
public sealed class TriggerInput
{
    public string? Moment { get; set; }
    public List<string> Roles { get; set; } = [];
    public List<Guid> UserIds { get; set; } = [];
    public List<Guid> FieldIds { get; set; } = [];
    public int? SlaHours { get; set; }

    internal TriggerMoment? ParsedMoment => Enum.TryParse<TriggerMoment>(Moment, out var m) && Enum.IsDefined(m) ? m : null;
}
