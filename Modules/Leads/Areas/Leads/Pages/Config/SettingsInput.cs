using System.ComponentModel.DataAnnotations;

namespace SalesSuite.Leads.Areas.Leads.Pages.Config;

public sealed class SettingsInput
{
    [Range(15, 1440, ErrorMessage = "Config_Range"), Display(Name = "Config_ClaimWindow")]
    public int ClaimWindowMinutes { get; set; }

    [Range(1, 500, ErrorMessage = "Config_Range"), Display(Name = "Config_MaxClaims")]
    public int MaxOpenClaims { get; set; }

    [Range(1, 720, ErrorMessage = "Config_Range"), Display(Name = "Config_EscalationHours")]
    public int EscalationHours { get; set; }

    public int Version { get; set; }
}
