namespace SalesSuite.Collections.Application.Reasons;

/// <summary>One row of the playbook editor; a row left empty is no step.</summary>
public sealed class PlaybookStepInput
{
    public int Order { get; set; }
    public string? Text { get; set; }
    public string? Role { get; set; }
    public string? LinkOrTemplate { get; set; }
    public int DueDays { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(LinkOrTemplate);
}
