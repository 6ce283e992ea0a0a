using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>
/// The campaign form as posted (checked by <see cref="CampaignInputValidator"/>). <see cref="Customers"/>: one target
/// customer a line, by code (or exact name), optionally followed by the user name of who works it (default: its owner).
/// </summary>
public sealed class CampaignInput
{
    public const int ScriptRows = 4;
    public const int MaterialRows = 3;
    public const int StepRows = 5;

    /// <summary>The version the form showed (a stale edit is refused with 409).</summary>
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Goal { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public Guid? TeamId { get; set; }
    public string? Customers { get; set; }
    public List<CampaignScriptInput> Scripts { get; set; } = [];
    public List<CampaignMaterialInput> Materials { get; set; } = [];
    public List<CampaignStepInput> Steps { get; set; } = [];

    internal LocalDate? Starts => ParseDate(StartsOn);
    internal LocalDate? Ends => ParseDate(EndsOn);

    /// <summary>The non-empty lines of <see cref="Customers"/>, trimmed.</summary>
    internal IReadOnlyList<string> CustomerLines =>
        (Customers ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    internal static LocalDate? ParseDate(string? text) =>
        LocalDatePattern.Iso.WithCulture(CultureInfo.InvariantCulture).Parse(text?.Trim() ?? "") is { Success: true } r ? r.Value : null;

    /// <summary>Blank rows up to the form's size, so the editor can add scripts, materials and steps.</summary>
    public void Pad()
    {
        while (Scripts.Count < ScriptRows)
        {
            Scripts.Add(new CampaignScriptInput());
        }
        while (Materials.Count < MaterialRows)
        {
            Materials.Add(new CampaignMaterialInput());
        }
        while (Steps.Count < StepRows)
        {
            Steps.Add(new CampaignStepInput { Quantity = null });
        }
    }
}
