namespace SalesSuite.Leads.Application.Assignment;

/// <summary>The assignment options form (ranges checked by <see cref="Domain.RouteSettings"/>; refusals are 422).</summary>
public sealed class RouteInput
{
    public int Version { get; set; }
    public bool RouteOn { get; set; }
    public string? Tags { get; set; }
    public int MinWinRate { get; set; }
    public int RouteDays { get; set; }
    public int DeviationDays { get; set; }
    public int PerDay { get; set; }
    public bool CountsManual { get; set; }
}
