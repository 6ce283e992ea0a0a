namespace SalesSuite.Goals.Application.Settings;

/// <summary>One row of the weekly-plan template editor; a row without an action type, or marked removed, is dropped.</summary>
public sealed class TemplateLineInput
{
    public string? ActionCode { get; set; }
    public int PerWeek { get; set; }
    public bool Remove { get; set; }
}
