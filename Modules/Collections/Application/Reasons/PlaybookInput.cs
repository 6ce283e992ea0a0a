namespace SalesSuite.Collections.Application.Reasons;

/// <summary>The playbook of one reason as posted by the editor: its steps in the order their numbers give.</summary>
public sealed class PlaybookInput
{
    public int Version { get; set; }
    public List<PlaybookStepInput> Steps { get; set; } = [];
}
