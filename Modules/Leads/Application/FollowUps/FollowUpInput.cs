using NodaTime;
using NodaTime.Text;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Application.FollowUps;

/// <summary>The quick follow-up form as posted (checked by <see cref="FollowUpInputValidator"/>).</summary>
public sealed class FollowUpInput
{
    public Guid? CustomerId { get; set; }
    public Guid? LeadId { get; set; }
    public Guid? DealId { get; set; }
    public string? Objective { get; set; }
    public string? Summary { get; set; }
    public List<string> Obstacles { get; set; } = [];
    public string? NextActionText { get; set; }
    /// <summary>ISO date (yyyy-MM-dd) as the date input posts it.</summary>
    public string? NextActionDue { get; set; }
    public string? Location { get; set; }
    public bool Warning { get; set; }
    /// <summary>The device's position (navigator.geolocation), optional: latitude, longitude, accuracy in metres.</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public double? Accuracy { get; set; }

    internal FollowUpObjective? ObjectiveValue =>
        Enum.TryParse<FollowUpObjective>(Objective, out var o) && Enum.IsDefined(o) ? o : null;

    internal LocalDate? Due =>
        string.IsNullOrWhiteSpace(NextActionDue) ? null : LocalDatePattern.Iso.Parse(NextActionDue.Trim()) is { Success: true } r ? r.Value : null;
}
